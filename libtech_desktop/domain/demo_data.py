"""A realistic, deterministic demo library: patrons, titles and their copies.

Everything is built from the tables below and one ``random.Random(seed)``, so a
seed always yields the same library. Nothing here touches Qt or a database; the
plan is handed to whoever loads it.

Barcodes are 14-digit Codabar-style library codes: a leading ``2`` (patron) or
``3`` (item), the 4-digit library code, an 8-digit sequence and a Luhn check
digit. ISBN-13s in the catalogue are real editions, quoted from memory and
checksum-verified; a book without one gets a synthetic ``97819999…`` ISBN whose
check digit is valid. DVDs and magazines carry no ISBN.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from libtech_desktop.domain.barcodes import with_check_digit

# --------------------------------------------------------------------------- tables

LIBRARY_CODE = "9999"
PATRON_PREFIX = "2"
ITEM_PREFIX = "3"
MAX_RECORDS = 1_000_000

#: Shelf prefix -> (location, item type). A Dewey number shelves in Adult Non-fiction.
SHELVES: dict[str, tuple[str, str]] = {
    "FIC": ("Adult Fiction", "book"),
    "J FIC": ("Children", "book"),
    "DVD": ("Media", "dvd"),
    "MAG": ("Periodicals", "magazine"),
}
NON_FICTION = ("Adult Non-fiction", "book")

CHILD_SHARE = 0.20
STAFF_SHARE = 0.04
EXPIRED_SHARE = 0.06
ADULT_EMAIL_SHARE = 0.85
COPY_WEIGHTS = {1: 70, 2: 20, 3: 10}  # mean ≈ 1.4 copies per title


@dataclass(frozen=True)
class _Title:
    shelf: str  # a SHELVES key or a Dewey number
    title: str
    author: str  # "Last, First"; a corporate name for magazines
    year: int
    publisher: str
    isbn: str | None = None


# fmt: off
CATALOGUE: tuple[_Title, ...] = (
    # Adult fiction
    _Title("FIC", "To Kill a Mockingbird", "Lee, Harper", 2006, "Harper Perennial", "9780061120084"),
    _Title("FIC", "Nineteen Eighty-Four", "Orwell, George", 1961, "Signet Classics", "9780451524935"),
    _Title("FIC", "The Great Gatsby", "Fitzgerald, F. Scott", 2004, "Scribner", "9780743273565"),
    _Title("FIC", "Pride and Prejudice", "Austen, Jane", 2003, "Penguin Classics", "9780141439518"),
    _Title("FIC", "Emma", "Austen, Jane", 2003, "Penguin Classics", "9780141439587"),
    _Title("FIC", "Sense and Sensibility", "Austen, Jane", 2003, "Penguin Classics", "9780141439662"),
    _Title("FIC", "The Catcher in the Rye", "Salinger, J. D.", 1991, "Little, Brown", "9780316769488"),
    _Title("FIC", "The Hobbit", "Tolkien, J. R. R.", 2012, "Mariner Books", "9780547928227"),
    _Title("FIC", "The Fellowship of the Ring", "Tolkien, J. R. R.", 2012, "Mariner Books", "9780547928210"),
    _Title("FIC", "Fahrenheit 451", "Bradbury, Ray", 2012, "Simon & Schuster", "9781451673319"),
    _Title("FIC", "Brave New World", "Huxley, Aldous", 2006, "Harper Perennial", "9780060850524"),
    _Title("FIC", "The Road", "McCarthy, Cormac", 2007, "Vintage", "9780307387899"),
    _Title("FIC", "Beloved", "Morrison, Toni", 2004, "Vintage", "9781400033416"),
    _Title("FIC", "The Kite Runner", "Hosseini, Khaled", 2013, "Riverhead Books", "9781594631931"),
    _Title("FIC", "Of Mice and Men", "Steinbeck, John", 1993, "Penguin Books", "9780140177398"),
    _Title("FIC", "The Grapes of Wrath", "Steinbeck, John", 2006, "Penguin Books", "9780143039433"),
    _Title("FIC", "East of Eden", "Steinbeck, John", 2002, "Penguin Books", "9780142000656"),
    _Title("FIC", "Lord of the Flies", "Golding, William", 2003, "Perigee", "9780399501487"),
    _Title("FIC", "Frankenstein", "Shelley, Mary", 2003, "Penguin Classics", "9780141439471"),
    _Title("FIC", "Jane Eyre", "Brontë, Charlotte", 2006, "Penguin Classics", "9780141441146"),
    _Title("FIC", "Wuthering Heights", "Brontë, Emily", 2003, "Penguin Classics", "9780141439556"),
    _Title("FIC", "Moby-Dick", "Melville, Herman", 2002, "Penguin Classics", "9780142437247"),
    _Title("FIC", "Great Expectations", "Dickens, Charles", 2003, "Penguin Classics", "9780141439563"),
    _Title("FIC", "A Tale of Two Cities", "Dickens, Charles", 2003, "Penguin Classics", "9780141439600"),
    _Title("FIC", "Dracula", "Stoker, Bram", 2003, "Penguin Classics", "9780141439846"),
    _Title("FIC", "The Picture of Dorian Gray", "Wilde, Oscar", 2003, "Penguin Classics", "9780141439570"),
    _Title("FIC", "Middlemarch", "Eliot, George", 2003, "Penguin Classics", "9780141439549"),
    _Title("FIC", "Heart of Darkness", "Conrad, Joseph", 2007, "Penguin Classics", "9780141441672"),
    _Title("FIC", "Little Women", "Alcott, Louisa May", 1989, "Signet Classics"),
    _Title("FIC", "The Count of Monte Cristo", "Dumas, Alexandre", 2003, "Penguin Classics", "9780140449266"),
    _Title("FIC", "Les Misérables", "Hugo, Victor", 1987, "Signet Classics", "9780451419439"),
    _Title("FIC", "Crime and Punishment", "Dostoevsky, Fyodor", 1993, "Vintage Classics", "9780679734505"),
    _Title("FIC", "Anna Karenina", "Tolstoy, Leo", 2004, "Penguin Classics", "9780143035008"),
    _Title("FIC", "Don Quixote", "Cervantes Saavedra, Miguel de", 2003, "Ecco", "9780060934347"),
    _Title("FIC", "One Hundred Years of Solitude", "García Márquez, Gabriel", 2006, "Harper Perennial", "9780060883287"),
    _Title("FIC", "Things Fall Apart", "Achebe, Chinua", 1994, "Anchor Books", "9780385474542"),
    _Title("FIC", "The Color Purple", "Walker, Alice", 2003, "Harcourt", "9780156028356"),
    _Title("FIC", "Their Eyes Were Watching God", "Hurston, Zora Neale", 2006, "Harper Perennial", "9780061120060"),
    _Title("FIC", "Invisible Man", "Ellison, Ralph", 1995, "Vintage International", "9780679732761"),
    _Title("FIC", "Mrs. Dalloway", "Woolf, Virginia", 2005, "Harcourt", "9780156030359"),
    _Title("FIC", "The Sun Also Rises", "Hemingway, Ernest", 2006, "Scribner", "9780743297332"),
    _Title("FIC", "The Old Man and the Sea", "Hemingway, Ernest", 1995, "Scribner", "9780684801223"),
    _Title("FIC", "Catch-22", "Heller, Joseph", 2011, "Simon & Schuster", "9781451626650"),
    _Title("FIC", "The Bell Jar", "Plath, Sylvia", 2005, "Harper Perennial", "9780060837020"),
    _Title("FIC", "Slaughterhouse-Five", "Vonnegut, Kurt", 1999, "Dial Press", "9780385333849"),
    _Title("FIC", "Dune", "Herbert, Frank", 1990, "Ace Books", "9780441172719"),
    _Title("FIC", "The Hitchhiker's Guide to the Galaxy", "Adams, Douglas", 1995, "Del Rey", "9780345391803"),
    _Title("FIC", "Ender's Game", "Card, Orson Scott", 1994, "Tor Books", "9780812550702"),
    _Title("FIC", "The Name of the Wind", "Rothfuss, Patrick", 2008, "DAW Books", "9780756404741"),
    _Title("FIC", "The Handmaid's Tale", "Atwood, Margaret", 1998, "Anchor Books", "9780385490818"),
    _Title("FIC", "The Remains of the Day", "Ishiguro, Kazuo", 1990, "Vintage International", "9780679731726"),
    _Title("FIC", "Never Let Me Go", "Ishiguro, Kazuo", 2006, "Vintage International", "9781400078776"),
    _Title("FIC", "The Joy Luck Club", "Tan, Amy", 2006, "Penguin Books", "9780143038092"),
    _Title("FIC", "Americanah", "Adichie, Chimamanda Ngozi", 2014, "Anchor Books", "9780307455925"),
    _Title("FIC", "The Namesake", "Lahiri, Jhumpa", 2004, "Mariner Books", "9780618485222"),
    _Title("FIC", "The Underground Railroad", "Whitehead, Colson", 2016, "Doubleday", "9780385542364"),
    _Title("FIC", "Station Eleven", "Mandel, Emily St. John", 2014, "Knopf", "9780385353304"),
    _Title("FIC", "The Night Circus", "Morgenstern, Erin", 2011, "Doubleday", "9780385534635"),
    _Title("FIC", "Circe", "Miller, Madeline", 2018, "Little, Brown", "9780316556347"),
    _Title("FIC", "Lessons in Chemistry", "Garmus, Bonnie", 2022, "Doubleday", "9780385547345"),
    _Title("FIC", "The Martian", "Weir, Andy", 2014, "Broadway Books", "9780553418026"),
    _Title("FIC", "Project Hail Mary", "Weir, Andy", 2021, "Ballantine Books", "9780593135204"),
    _Title("FIC", "The Midnight Library", "Haig, Matt", 2020, "Viking", "9780525559474"),
    _Title("FIC", "A Man Called Ove", "Backman, Fredrik", 2015, "Atria Books", "9781476738024"),
    _Title("FIC", "The Nightingale", "Hannah, Kristin", 2015, "St. Martin's Press", "9780312577223"),
    _Title("FIC", "All the Light We Cannot See", "Doerr, Anthony", 2014, "Scribner", "9781476746586"),
    _Title("FIC", "The Goldfinch", "Tartt, Donna", 2013, "Little, Brown", "9780316055437"),
    _Title("FIC", "The Secret History", "Tartt, Donna", 2004, "Vintage", "9781400031702"),
    _Title("FIC", "Pachinko", "Lee, Min Jin", 2017, "Grand Central Publishing", "9781455563937"),
    _Title("FIC", "Where the Crawdads Sing", "Owens, Delia", 2018, "G. P. Putnam's Sons", "9780735219090"),
    _Title("FIC", "The Da Vinci Code", "Brown, Dan", 2009, "Anchor Books", "9780307474278"),
    _Title("FIC", "Gone Girl", "Flynn, Gillian", 2012, "Crown", "9780307588371"),
    _Title("FIC", "The Girl with the Dragon Tattoo", "Larsson, Stieg", 2009, "Vintage Crime", "9780307454546"),
    _Title("FIC", "And Then There Were None", "Christie, Agatha", 2011, "William Morrow", "9780062073488"),
    _Title("FIC", "The Shining", "King, Stephen", 2012, "Anchor Books", "9780307743657"),
    _Title("FIC", "The Alchemist", "Coelho, Paulo", 2014, "HarperOne", "9780062315007"),
    _Title("FIC", "Life of Pi", "Martel, Yann", 2003, "Harcourt", "9780156027328"),
    _Title("FIC", "The Book Thief", "Zusak, Markus", 2006, "Knopf", "9780375842207"),
    # Children's fiction
    _Title("J FIC", "Harry Potter and the Sorcerer's Stone", "Rowling, J. K.", 1998, "Scholastic", "9780590353427"),
    _Title("J FIC", "Harry Potter and the Chamber of Secrets", "Rowling, J. K.", 1999, "Scholastic", "9780439064866"),
    _Title("J FIC", "The Very Hungry Caterpillar", "Carle, Eric", 1994, "Philomel Books", "9780399226908"),
    _Title("J FIC", "Where the Wild Things Are", "Sendak, Maurice", 1988, "HarperCollins", "9780060254926"),
    _Title("J FIC", "Charlotte's Web", "White, E. B.", 1974, "HarperTrophy", "9780064400558"),
    _Title("J FIC", "Stuart Little", "White, E. B.", 1974, "HarperTrophy", "9780064400565"),
    _Title("J FIC", "Goodnight Moon", "Brown, Margaret Wise", 1991, "HarperCollins", "9780064430173"),
    _Title("J FIC", "The Hunger Games", "Collins, Suzanne", 2008, "Scholastic", "9780439023528"),
    _Title("J FIC", "Matilda", "Dahl, Roald", 2007, "Puffin Books", "9780142410370"),
    _Title("J FIC", "Charlie and the Chocolate Factory", "Dahl, Roald", 2007, "Puffin Books", "9780142410318"),
    _Title("J FIC", "Wonder", "Palacio, R. J.", 2012, "Knopf", "9780375869020"),
    _Title("J FIC", "The Giver", "Lowry, Lois", 2014, "Houghton Mifflin Harcourt", "9780544336261"),
    _Title("J FIC", "Number the Stars", "Lowry, Lois", 1989, "Houghton Mifflin", "9780395510605"),
    _Title("J FIC", "Holes", "Sachar, Louis", 2000, "Yearling", "9780440414803"),
    _Title("J FIC", "Green Eggs and Ham", "Seuss, Dr.", 1960, "Random House", "9780394800165"),
    _Title("J FIC", "The Cat in the Hat", "Seuss, Dr.", 1957, "Random House", "9780394800011"),
    _Title("J FIC", "A Wrinkle in Time", "L'Engle, Madeleine", 2007, "Square Fish", "9780312367541"),
    _Title("J FIC", "Bridge to Terabithia", "Paterson, Katherine", 1987, "HarperTrophy", "9780064401845"),
    _Title("J FIC", "Hatchet", "Paulsen, Gary", 2007, "Simon & Schuster", "9781416936473"),
    _Title("J FIC", "The Lion, the Witch and the Wardrobe", "Lewis, C. S.", 1994, "HarperCollins", "9780064404990"),
    _Title("J FIC", "Diary of a Wimpy Kid", "Kinney, Jeff", 2007, "Amulet Books", "9780810993136"),
    _Title("J FIC", "The Gruffalo", "Donaldson, Julia", 2006, "Puffin Books", "9780142403877"),
    _Title("J FIC", "The Lightning Thief", "Riordan, Rick", 2006, "Disney Hyperion", "9780786838653"),
    _Title("J FIC", "The Tale of Peter Rabbit", "Potter, Beatrix", 2002, "Frederick Warne", "9780723247708"),
    _Title("J FIC", "Winnie-the-Pooh", "Milne, A. A.", 1988, "Dutton", "9780525444435"),
    _Title("J FIC", "Anne of Green Gables", "Montgomery, L. M.", 1998, "Bantam Books"),
    _Title("J FIC", "Alice's Adventures in Wonderland", "Carroll, Lewis", 2008, "Puffin Books"),
    _Title("J FIC", "The Secret Garden", "Burnett, Frances Hodgson", 2002, "Puffin Books"),
    _Title("J FIC", "Island of the Blue Dolphins", "O'Dell, Scott", 1990, "Houghton Mifflin"),
    _Title("J FIC", "The Phantom Tollbooth", "Juster, Norton", 1988, "Random House", "9780394820378"),
    _Title("J FIC", "Madeline", "Bemelmans, Ludwig", 1939, "Viking", "9780670445806"),
    _Title("J FIC", "The Snowy Day", "Keats, Ezra Jack", 1962, "Viking", "9780670654000"),
    _Title("J FIC", "Corduroy", "Freeman, Don", 1968, "Viking", "9780670241330"),
    _Title("J FIC", "Frog and Toad Are Friends", "Lobel, Arnold", 1970, "Harper & Row", "9780060239572"),
    _Title("J FIC", "The Wild Robot", "Brown, Peter", 2016, "Little, Brown", "9780316381994"),
    _Title("J FIC", "Dog Man", "Pilkey, Dav", 2016, "Graphix", "9780545581608"),
    _Title("J FIC", "Dinosaurs Before Dark", "Osborne, Mary Pope", 1992, "Random House", "9780679824114"),
    _Title("J FIC", "Ramona the Pest", "Cleary, Beverly", 1992, "Avon Books"),
    _Title("J FIC", "Pippi Longstocking", "Lindgren, Astrid", 2005, "Puffin Books", "9780142402498"),
    # Adult non-fiction, shelved by Dewey number
    _Title("523.1", "A Brief History of Time", "Hawking, Stephen", 1998, "Bantam Books", "9780553380163"),
    _Title("520", "Cosmos", "Sagan, Carl", 2013, "Ballantine Books", "9780345539434"),
    _Title("919.904", "Pale Blue Dot", "Sagan, Carl", 1997, "Ballantine Books", "9780345376596"),
    _Title("001.9", "The Demon-Haunted World", "Sagan, Carl", 1997, "Ballantine Books", "9780345409461"),
    _Title("523.01", "Astrophysics for People in a Hurry", "Tyson, Neil deGrasse", 2017, "W. W. Norton", "9780393609394"),
    _Title("500", "A Short History of Nearly Everything", "Bryson, Bill", 2004, "Broadway Books", "9780767908184"),
    _Title("917.4", "A Walk in the Woods", "Bryson, Bill", 1999, "Broadway Books", "9780767902526"),
    _Title("909", "Sapiens", "Harari, Yuval Noah", 2015, "Harper", "9780062316097"),
    _Title("303.4", "Guns, Germs, and Steel", "Diamond, Jared", 1999, "W. W. Norton", "9780393317558"),
    _Title("616.02", "The Immortal Life of Henrietta Lacks", "Skloot, Rebecca", 2011, "Broadway Books", "9781400052189"),
    _Title("973.932", "Becoming", "Obama, Michelle", 2018, "Crown", "9781524763138"),
    _Title("153.4", "Thinking, Fast and Slow", "Kahneman, Daniel", 2013, "Farrar, Straus and Giroux", "9780374533557"),
    _Title("641.5", "Salt, Fat, Acid, Heat", "Nosrat, Samin", 2017, "Simon & Schuster", "9781476753836"),
    _Title("641.5", "Joy of Cooking", "Rombauer, Irma S.", 2006, "Scribner", "9780743246262"),
    _Title("641.5944", "Mastering the Art of French Cooking", "Child, Julia", 2001, "Knopf", "9780375413407"),
    _Title("641.5", "How to Cook Everything", "Bittman, Mark", 2008, "Wiley", "9780764578656"),
    _Title("641.5092", "Kitchen Confidential", "Bourdain, Anthony", 2007, "Harper Perennial", "9780060899226"),
    _Title("363.73", "Silent Spring", "Carson, Rachel", 2002, "Houghton Mifflin", "9780618249060"),
    _Title("973.7", "Battle Cry of Freedom", "McPherson, James M.", 2003, "Oxford University Press", "9780195168952"),
    _Title("973.7", "Team of Rivals", "Goodwin, Doris Kearns", 2006, "Simon & Schuster", "9780743270755"),
    _Title("973.3", "1776", "McCullough, David", 2005, "Simon & Schuster", "9780743226721"),
    _Title("629.13", "The Wright Brothers", "McCullough, David", 2015, "Simon & Schuster", "9781476728759"),
    _Title("394.1", "The Omnivore's Dilemma", "Pollan, Michael", 2007, "Penguin Books", "9780143038580"),
    _Title("155.2", "Quiet", "Cain, Susan", 2012, "Crown", "9780307352156"),
    _Title("158.1", "Atomic Habits", "Clear, James", 2018, "Avery", "9780735211292"),
    _Title("792.7", "Born a Crime", "Noah, Trevor", 2016, "Spiegel & Grau", "9780399588174"),
    _Title("917.98", "Into the Wild", "Krakauer, Jon", 1997, "Anchor Books", "9780385486804"),
    _Title("364.152", "In Cold Blood", "Capote, Truman", 1994, "Vintage International", "9780679745587"),
    _Title("616.85", "The Body Keeps the Score", "van der Kolk, Bessel", 2015, "Penguin Books", "9780143127741"),
    _Title("330", "Freakonomics", "Levitt, Steven D.", 2006, "William Morrow", "9780060731328"),
    _Title("591.5", "The Selfish Gene", "Dawkins, Richard", 2006, "Oxford University Press", "9780199291151"),
    _Title("576.8", "On the Origin of Species", "Darwin, Charles", 2009, "Penguin Classics", "9780140439120"),
    _Title("576.8", "The Sixth Extinction", "Kolbert, Elizabeth", 2015, "Picador", "9781250062185"),
    _Title("572.8", "The Gene", "Mukherjee, Siddhartha", 2016, "Scribner", "9781476733524"),
    _Title("616.99", "The Emperor of All Maladies", "Mukherjee, Siddhartha", 2011, "Scribner", "9781439170915"),
    _Title("510.92", "Hidden Figures", "Shetterly, Margot Lee", 2016, "William Morrow", "9780062363596"),
    _Title("808.042", "The Elements of Style", "Strunk, William", 2000, "Longman", "9780205309023"),
    _Title("940.53", "The Diary of a Young Girl", "Frank, Anne", 1993, "Bantam Books", "9780553296983"),
    _Title("940.53", "Night", "Wiesel, Elie", 2006, "Hill and Wang", "9780374500016"),
    _Title("940.54", "Unbroken", "Hillenbrand, Laura", 2014, "Random House", "9780812974492"),
    _Title("797.12", "The Boys in the Boat", "Brown, Daniel James", 2014, "Penguin Books", "9780143125471"),
    _Title("305.896", "The Fire Next Time", "Baldwin, James", 1993, "Vintage International", "9780679744726"),
    _Title("305.896", "Between the World and Me", "Coates, Ta-Nehisi", 2015, "Spiegel & Grau", "9780812993547"),
    _Title("304.8", "The Warmth of Other Suns", "Wilkerson, Isabel", 2011, "Vintage", "9780679763888"),
    _Title("581.6", "Braiding Sweetgrass", "Kimmerer, Robin Wall", 2015, "Milkweed Editions", "9781571313560"),
    _Title("917.94", "Wild", "Strayed, Cheryl", 2013, "Vintage", "9780307476074"),
    _Title("362.17", "Being Mortal", "Gawande, Atul", 2014, "Metropolitan Books", "9780805095159"),
    _Title("302", "Outliers", "Gladwell, Malcolm", 2008, "Little, Brown", "9780316017930"),
    _Title("338.7", "Bad Blood", "Carreyrou, John", 2018, "Knopf", "9781524731656"),
    _Title("976.6", "Killers of the Flower Moon", "Grann, David", 2017, "Doubleday", "9780385534246"),
    _Title("155.9", "The Year of Magical Thinking", "Didion, Joan", 2007, "Vintage International", "9781400078431"),
    _Title("598", "The Sibley Guide to Birds", "Sibley, David Allen", 2000, "Knopf", "9780679451228"),
    _Title("709", "The Story of Art", "Gombrich, E. H.", 1995, "Phaidon", "9780714832470"),
    _Title("818.3", "Walden", "Thoreau, Henry David", 2004, "Princeton University Press"),
    # DVDs (author = director)
    _Title("DVD", "Jurassic Park", "Spielberg, Steven", 1993, "Universal Pictures"),
    _Title("DVD", "E.T. the Extra-Terrestrial", "Spielberg, Steven", 1982, "Universal Pictures"),
    _Title("DVD", "Spirited Away", "Miyazaki, Hayao", 2001, "Studio Ghibli"),
    _Title("DVD", "My Neighbor Totoro", "Miyazaki, Hayao", 1988, "Studio Ghibli"),
    _Title("DVD", "The Wizard of Oz", "Fleming, Victor", 1939, "Metro-Goldwyn-Mayer"),
    _Title("DVD", "Casablanca", "Curtiz, Michael", 1942, "Warner Bros."),
    _Title("DVD", "Toy Story", "Lasseter, John", 1995, "Walt Disney Pictures"),
    _Title("DVD", "Finding Nemo", "Stanton, Andrew", 2003, "Walt Disney Pictures"),
    _Title("DVD", "Planet Earth", "Fothergill, Alastair", 2006, "BBC"),
    # Magazines (author = issuing body; shelved by title)
    _Title("MAG", "National Geographic (March 2024)", "National Geographic Society", 2024,
           "National Geographic Partners"),
    _Title("MAG", "National Geographic (April 2024)", "National Geographic Society", 2024,
           "National Geographic Partners"),
    _Title("MAG", "Scientific American (April 2024)", "Scientific American", 2024,
           "Springer Nature"),
    _Title("MAG", "The New Yorker (May 6, 2024)", "The New Yorker", 2024, "Condé Nast"),
    _Title("MAG", "Consumer Reports (June 2024)", "Consumer Reports", 2024, "Consumer Reports"),
    _Title("MAG", "Smithsonian (March 2024)", "Smithsonian Institution", 2024,
           "Smithsonian Enterprises"),
    _Title("MAG", "Cricket (April 2024)", "Cricket Media", 2024, "Cricket Media"),
    _Title("MAG", "Time (May 2024)", "Time USA", 2024, "Time USA"),
)

FIRST_NAMES = (
    "Aisha", "Mateo", "Priya", "Wei", "Olivia", "Kwame", "Sofia", "Hiroshi", "Fatima",
    "Liam", "Amara", "Diego", "Mei", "Noah", "Zara", "Arjun", "Elena", "Omar", "Chloe",
    "Tariq", "Ingrid", "Kofi", "Lucia", "Dmitri", "Hana", "Samuel", "Yara", "Ravi",
    "Grace", "Emeka", "Isabella", "Jamal", "Nadia", "Ethan", "Leila", "Carlos", "Anika",
    "Jonah", "Rosa", "Min-jun", "Siobhan", "Mohammed", "Ana", "Thandiwe", "Lars",
)
LAST_NAMES = (
    "Nguyen", "Garcia", "Patel", "Kim", "Okafor", "Smith", "Johnson", "Rodriguez", "Chen",
    "Williams", "Haddad", "Kowalski", "Mensah", "Silva", "Tanaka", "Brown", "Ali", "Murphy",
    "Hernandez", "Singh", "Cohen", "Nakamura", "Osei", "Lopez", "Anderson", "Yilmaz",
    "Novak", "Rossi", "Schmidt", "O'Brien", "Adeyemi", "Morales", "Lee", "Thompson",
    "Dubois", "Khan", "Jackson", "Martinez", "Bergstrom", "Begay", "Kaur", "Petrov",
)
# fmt: on


# ------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class DemoPatron:
    barcode: str
    name: str  # "Last, First"
    category: str  # "adult" | "child" | "staff"
    email: str | None
    expires_in_days: int  # negative: the card has expired


@dataclass(frozen=True)
class DemoItem:
    barcode: str
    call_number: str
    item_type: str  # "book" | "dvd" | "magazine"
    location: str


@dataclass(frozen=True)
class DemoBiblio:
    title: str
    author: str
    isbn: str | None
    year: int | None
    publisher: str | None
    items: tuple[DemoItem, ...]
    #: Subject headings, for the heading browse and suggestions of the demo.
    subjects: tuple[str, ...] = ()
    #: The Dewey class number of non-fiction (082), else ``None``.
    classification: str | None = None


@dataclass(frozen=True)
class DemoLibrary:
    patrons: tuple[DemoPatron, ...]
    biblios: tuple[DemoBiblio, ...]


def generate_demo(patrons: int = 50, items: int = 200, seed: int = 1) -> DemoLibrary:
    """Exactly ``patrons`` patrons and ``items`` copies, the same for the same seed."""
    for label, count in (("patrons", patrons), ("items", items)):
        if not 0 <= count <= MAX_RECORDS:
            raise ValueError(f"{label} must be between 0 and {MAX_RECORDS}, not {count}")
    rng = random.Random(seed)
    return DemoLibrary(_make_patrons(rng, patrons), _make_biblios(rng, items))


# -------------------------------------------------------------------------- patrons


def _make_patrons(rng: random.Random, count: int) -> tuple[DemoPatron, ...]:
    barcodes = _barcodes(rng, PATRON_PREFIX, count)
    categories = _categories(rng, count)
    expiries = _expiries(rng, count)
    seen_emails: set[str] = set()
    patrons = []
    for barcode, (first, last), category, expires in zip(
        barcodes, _names(rng, count), categories, expiries, strict=True
    ):
        email = _email(first, last, seen_emails) if _wants_email(rng, category) else None
        patrons.append(DemoPatron(barcode, f"{last}, {first}", category, email, expires))
    return tuple(patrons)


def _names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """Distinct (first, last) pairs while the tables allow, repeats after that."""
    pairs = len(FIRST_NAMES) * len(LAST_NAMES)
    if count <= pairs:
        picks = rng.sample(range(pairs), count)
    else:
        picks = [rng.randrange(pairs) for _ in range(count)]
    return [(FIRST_NAMES[p % len(FIRST_NAMES)], LAST_NAMES[p // len(FIRST_NAMES)]) for p in picks]


def _categories(rng: random.Random, count: int) -> list[str]:
    children = round(count * CHILD_SHARE)
    staff = max(1, round(count * STAFF_SHARE)) if count >= 10 else 0
    categories = ["child"] * children + ["staff"] * staff
    categories += ["adult"] * (count - len(categories))
    rng.shuffle(categories)
    return categories


def _expiries(rng: random.Random, count: int) -> list[int]:
    """Days until each card expires: mostly 30-700, a few already expired."""
    how_many = max(1, round(count * EXPIRED_SHARE)) if count >= 5 else 0
    expired = set(rng.sample(range(count), how_many))
    return [rng.randint(-365, -1) if i in expired else rng.randint(30, 700) for i in range(count)]


def _wants_email(rng: random.Random, category: str) -> bool:
    if category == "staff":
        return True
    return category == "adult" and rng.random() < ADULT_EMAIL_SHARE


def _email(first: str, last: str, seen: set[str]) -> str:
    """first.last@example.org, numbered when two patrons share a name."""
    stem = f"{_ascii_letters(first).lower()}.{_ascii_letters(last).lower()}"
    email, number = f"{stem}@example.org", 1
    while email in seen:
        number += 1
        email = f"{stem}{number}@example.org"
    seen.add(email)
    return email


# ---------------------------------------------------------------------- catalogue


def _make_biblios(rng: random.Random, count: int) -> tuple[DemoBiblio, ...]:
    copies = _copy_counts(rng, count)
    barcodes = iter(_barcodes(rng, ITEM_PREFIX, count))
    biblios = []
    for index in sorted(copies):
        entry = CATALOGUE[index]
        location, item_type = shelf_of(entry.shelf)
        number = call_number(entry.shelf, entry.author, entry.title)
        items = tuple(
            DemoItem(next(barcodes), number, item_type, location) for _ in range(copies[index])
        )
        isbn = entry.isbn or (_synthetic_isbn(index) if item_type == "book" else None)
        biblios.append(
            DemoBiblio(
                entry.title,
                entry.author,
                isbn,
                entry.year,
                entry.publisher,
                items,
                subjects_of_shelf(entry.shelf),
                entry.shelf if entry.shelf[:1].isdigit() else None,
            )
        )
    return tuple(biblios)


#: Headings by shelf: Dewey numbers by their hundreds and tens (the demo's records
#: share them, as a real catalogue's do), fiction and media by genre.
_GENRES = {
    "FIC": ("Novels",),
    "J FIC": ("Children's stories",),
    "DVD": ("Feature films",),
    "MAG": ("Periodicals",),
}
_DEWEY_HEADINGS = {
    "00": "Curiosities and wonders",
    "15": "Psychology",
    "30": "Social problems",
    "33": "Economics",
    "36": "Social problems",
    "39": "Manners and customs",
    "50": "Science -- Popular works",
    "51": "Mathematicians -- Biography",
    "52": "Astronomy -- Popular works",
    "57": "Biology -- Popular works",
    "58": "Botany",
    "59": "Animal behavior",
    "61": "Medicine -- Popular works",
    "62": "Aeronautics -- History",
    "64": "Cooking",
    "70": "Art -- History",
    "79": "Performing arts",
    "80": "Authorship",
    "81": "American literature -- History and criticism",
    "90": "World history",
    "91": "Travel",
    "94": "World War, 1939-1945",
    "97": "United States -- History",
}


def subjects_of_shelf(shelf: str) -> tuple[str, ...]:
    """The demo headings of a title shelved at ``shelf`` (``FIC``, ``641.5``...)."""
    if shelf in _GENRES:
        return _GENRES[shelf]
    heading = _DEWEY_HEADINGS.get(shelf[:2])
    return (heading,) if heading else ()


def _copy_counts(rng: random.Random, total: int) -> dict[int, int]:
    """Catalogue index -> copies, summing to ``total``.

    Titles are drawn without repetition, most with one copy and some with two or
    three. Once every title is on the shelf, further copies go to titles already
    held, so a large demo stocks duplicates rather than invented books.
    """
    copies: dict[int, int] = {}
    order: list[int] = []
    remaining = total
    while remaining:
        if not order:
            order = rng.sample(range(len(CATALOGUE)), len(CATALOGUE))
        index = order.pop()
        wanted = rng.choices(list(COPY_WEIGHTS), weights=list(COPY_WEIGHTS.values()))[0]
        take = min(wanted, remaining)
        copies[index] = copies.get(index, 0) + take
        remaining -= take
    return copies


def shelf_of(shelf: str) -> tuple[str, str]:
    """(location, item type) for a shelf prefix or a Dewey number."""
    return SHELVES.get(shelf, NON_FICTION)


def call_number(shelf: str, author: str, title: str) -> str:
    """ "FIC SMI", "J FIC DAH", "641.5 OLI", "DVD SPI"; magazines file by title."""
    if shelf == "MAG":
        words = title.split()
        key = " ".join(words[1:]) if words[0].lower() in {"the", "a", "an"} else title
    else:
        key = author.split(",")[0]
    return f"{shelf} {_ascii_letters(key)[:3].upper()}"


# ------------------------------------------------------------------------ numbers


def _barcodes(rng: random.Random, prefix: str, count: int) -> list[str]:
    """Increasing 8-digit sequence numbers (with the odd gap), Luhn-completed."""
    sequence = rng.randrange(1, 50_000)
    codes = []
    for _ in range(count):
        codes.append(with_check_digit(f"{prefix}{LIBRARY_CODE}{sequence:08d}"))
        sequence += rng.choice((1, 1, 1, 1, 2, 3))
    return codes


def isbn13_check_digit(first12: str) -> str:
    """The check digit completing a 12-digit ISBN-13 stem (weights 1, 3, 1, 3…)."""
    total = sum(int(digit) * (3 if i % 2 else 1) for i, digit in enumerate(first12))
    return str((10 - total % 10) % 10)


def _synthetic_isbn(index: int) -> str:
    stem = f"97819999{index:04d}"
    return stem + isbn13_check_digit(stem)


def _ascii_letters(text: str) -> str:
    """ "García Márquez" -> "GarciaMarquez", "O'Brien" -> "OBrien"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha())


# -------------------------------------------------------------------------- bookmobile

#: The demo's bookmobile route (issue 7).
DEMO_ROUTE = "North loop"
#: Its stops: (name, days after the demo's day of the first visit, starts, ends, every
#: how many weeks, address). The first is visited on the demo's day, so "Current stop…"
#: has a stop for today.
DEMO_STOPS: tuple[tuple[str, int, str, str, int, str], ...] = (
    ("Millbrook School", 0, "09:30", "11:30", 1, "1 School Lane, Millbrook"),
    ("Village green", 0, "12:30", "14:00", 1, "The Green, Ashby"),
    ("Elm Farm", 2, "10:00", "11:00", 2, "Elm Farm Road"),
)
#: How many available copies the demo puts on the truck.
DEMO_TRUCK_ITEMS = 6
