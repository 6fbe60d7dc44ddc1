/**
 * Word pools for the synthetic corpus. Names come from many origins on purpose: a detector tuned
 * on Anglo names alone would look better here than it is on a real contact center's callers.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);
const lines = (s: string): string[] => s.trim().split('\n').map((l) => l.trim()).filter(Boolean);

export const FIRST_NAMES = words(`
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica
Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley
Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah
Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela
Nicholas Shirley Eric Brenda Jonathan Emma Stephen Anna Larry Pamela Justin Nicole Scott Samantha Brandon Katherine
Benjamin Christine Samuel Debra Gregory Rachel Alexander Carolyn Patrick Janet Frank Maria Raymond Heather Jack Diane
Dennis Julie Jerry Joyce Tyler Victoria Aaron Kelly Jose Christina Adam Lauren Nathan Joan Henry Evelyn Zachary Olivia
Douglas Judith Peter Megan Kyle Cheryl Noah Martha Ethan Andrea Jeremy Frances Walter Hannah Christian Jacqueline
Keith Ann Roger Gloria Terry Jean Austin Kathryn Sean Alice Gerald Teresa Carl Sara Harold Janice Dylan Doris Arthur
Madison Lawrence Julia Jordan Grace Jesse Judy Bryan Abigail Billy Marie Bruce Denise Gabriel Beverly Logan Amber
Alan Theresa Juan Marilyn Wayne Danielle Roy Diana Ralph Brittany Randy Natalie Eugene Sophia Vincent Rose Russell
Isabella Louis Alexis Philip Kayla Bobby Charlotte Johnny Jamal Keisha Tyrone Latoya DeShawn Imani Darnell Aaliyah
Malik Shanice Terrell Ebony Andre Jasmine Marquis Tamika Reggie Monique Luis Guadalupe Carlos Rosa Miguel Lucia
Alejandro Sofia Jorge Camila Diego Valentina Javier Ximena Ricardo Fernanda Eduardo Daniela Fernando Gabriela
Ramon Alejandra Mateo Paola Santiago Isabel Andres Marisol Hector Yesenia Raul Esperanza Wei Mei Jian Xiu Li Ying
Hao Lan Jun Fang Hiroshi Yuki Takeshi Aiko Kenji Sakura Haruto Yui Minh Linh Tuan Thao Quang Huong Duc Anh
Ji-hoon Seo-yeon Min-jun Ha-eun Joon Soo-jin Priya Rahul Ananya Arjun Deepika Vikram Lakshmi Sanjay Pooja Rohan
Kavya Aditya Neha Raj Sunita Amit Divya Harpreet Gurpreet Manpreet Mohammed Fatima Ahmed Aisha Omar Layla Yusuf
Zainab Ali Mariam Hassan Noor Khalid Amira Tariq Leila Ibrahim Samira Mustafa Yasmin Chidi Ngozi Oluwaseun Adaeze
Kwame Abena Kofi Ama Tendai Chiamaka Emeka Folasade Jabari Amara Olga Dmitri Svetlana Ivan Natasha Sergei Anastasia
Katarzyna Piotr Agnieszka Tomasz Magdalena Lukasz Bogdan Oksana Giuseppe Francesca Luca Giulia Marco Chiara Matteo
Alessandra Pierre Camille Julien Margaux Mathieu Chloe Lars Ingrid Sven Astrid Bjorn Freya Hans Greta Klaus Heike
Sean Siobhan Ciaran Niamh Padraig Aoife Declan Saoirse Rhys Cerys Angus Isla Finlay Eilidh Kai Leilani Keanu Malia
Nguyen Thi Mohan Rukmini Bao Chau Dao Kiet Vu Emre Elif Burak Zeynep Mehmet Ayse Yosef Tova Avi Noa Reuben Miriam
Jose Zoe Renee Andres Ines Bjork Chloe Noemi Ramon Angel Ana Eva Leo Max Ian Ty Al Bo Jo
Hope Faith Joy April June Summer Will Bill Chase Hunter Skyler Autumn Dawn Penny Ruby Pearl Iris Jade Sky Rich Young
`);

/** Names carrying non-ASCII letters: offsets are UTF-16 code units, so these must not break them. */
export const FIRST_NAMES_ACCENTED = words(`
José Zoë Renée Andrés Inés Björn Chloé Noémi Ramón Ángel Siobhán Łukasz Søren Jürgen François Hélène Raúl Sofía
Thảo Đức Nuño Dário João Márcia Gaëlle Íñigo Žofia Mirosław Ørjan
`);

export const SURNAMES = words(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson
Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young
Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez
Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez
Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero
Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson
Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington
Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez
Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox
Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn
Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan
Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena
Richards Contreras Willis Carpenter Lawrence Sandoval Wang Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo
He Lin Luo Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Kato Pham Hoang Phan Vo Dang Bui
Do Ho Ngo Duong Ly Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Sharma Singh Kumar Gupta Shah Mehta Reddy Rao
Iyer Nair Chaudhary Joshi Desai Kapoor Malhotra Bhatt Agarwal Khan Ahmed Hussain Rahman Ali Hassan Malik Siddiqui
Qureshi Chaudhry Haddad Khoury Nasser Saleh Mansour Farah Aziz Okafor Okonkwo Adeyemi Mensah Boateng Owusu Nwosu
Eze Abubakar Kamau Otieno Mwangi Diallo Traore Ivanov Petrov Smirnov Kuznetsov Popov Volkov Kowalski Nowak
Wisniewski Wojcik Kaminski Lewandowski Zielinski Shevchenko Kovalenko Rossi Russo Ferrari Esposito Bianchi Romano
Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Costa Giordano Mancini Dubois Lefebvre Moreau Laurent Fontaine
Rousseau Girard Bonnet Mercier Muller Schneider Fischer Weber Becker Schulz Koch Richter Klein Wolf Neumann
Schwarz Zimmermann Hofmann Hartmann Larsen Nielsen Jensen Andersen Johansson Lindqvist Eriksson Berg Haugen
OBrien OConnor Gallagher Doyle Byrne Walsh Kavanagh Quinn Fitzgerald MacLeod Campbell Fraser Robertson Morrison
Stewart Kealoha Kahale Makoa Cohen Levy Friedman Katz Goldberg Rosenberg Shapiro Ozturk Yilmaz Kaya Demir Celik
Sahin Aydin Arslan Dogan Kilic Papadopoulos Georgiou Nikolaidis Silva Oliveira Souza Pereira Almeida Carvalho
Ferreira Rocha Ribeiro
`);

export const SURNAMES_COMPOUND = lines(`
O'Brien
O'Connor
McAllister
MacDonald
De la Cruz
Van der Berg
St. John
Garcia-Lopez
Smith-Jones
D'Angelo
Nguyen-Tran
Al-Sayed
Ben-David
Müller
Núñez
Peña
Gómez
Søndergaard
Đặng
Ó Súilleabháin
Kowalczyk
`);

export const MIDDLE_INITIALS = words('A B C D E F G H J K L M N P R S T W');

export const AREA_CODES = words(`
201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 240 248 251 252 253
254 256 260 262 267 269 270 276 281 301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319 320 321 323
325 330 331 334 336 337 339 347 351 352 360 361 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423
424 425 432 434 435 440 443 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510 512 513 515 516 517 518
520 530 540 541 551 559 561 562 563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614
615 616 617 618 619 620 623 626 630 631 636 641 646 650 651 660 661 662 678 682 701 702 703 704 706 707 708 712 713
714 715 716 717 718 719 720 724 727 731 732 734 737 740 754 757 760 763 765 770 772 773 774 775 781 785 786 801 802
803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 848 850 856 857 858 859 860 862 863
864 865 870 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 920 925 928 931 936 937 940 941 947 949
951 952 954 956 970 971 972 973 978 979 980 985 989
`);

/** City, state, ZIP prefix (three digits) so ZIP codes look like the place. */
export const CITIES: readonly (readonly [string, string, string])[] = lines(`
Springfield|IL|627
Columbus|OH|432
Austin|TX|787
Houston|TX|770
Dallas|TX|752
San Antonio|TX|782
El Paso|TX|799
Phoenix|AZ|850
Tucson|AZ|857
Denver|CO|802
Boulder|CO|803
Seattle|WA|981
Spokane|WA|992
Portland|OR|972
Eugene|OR|974
Sacramento|CA|958
Fresno|CA|937
San Diego|CA|921
Los Angeles|CA|900
Oakland|CA|946
San Jose|CA|951
Chicago|IL|606
Milwaukee|WI|532
Madison|WI|537
Minneapolis|MN|554
Saint Paul|MN|551
Des Moines|IA|503
Omaha|NE|681
Kansas City|MO|641
St. Louis|MO|631
Nashville|TN|372
Memphis|TN|381
Louisville|KY|402
Atlanta|GA|303
Savannah|GA|314
Miami|FL|331
Orlando|FL|328
Tampa|FL|336
Jacksonville|FL|322
Charlotte|NC|282
Raleigh|NC|276
Richmond|VA|232
Norfolk|VA|235
Baltimore|MD|212
Philadelphia|PA|191
Pittsburgh|PA|152
Newark|NJ|071
Trenton|NJ|086
New York|NY|100
Brooklyn|NY|112
Buffalo|NY|142
Albany|NY|122
Boston|MA|021
Worcester|MA|016
Providence|RI|029
Hartford|CT|061
Burlington|VT|054
Manchester|NH|031
Portland|ME|041
Detroit|MI|482
Grand Rapids|MI|495
Indianapolis|IN|462
Cleveland|OH|441
Cincinnati|OH|452
Birmingham|AL|352
Jackson|MS|392
New Orleans|LA|701
Little Rock|AR|722
Oklahoma City|OK|731
Tulsa|OK|741
Albuquerque|NM|871
Las Vegas|NV|891
Reno|NV|895
Salt Lake City|UT|841
Boise|ID|837
Billings|MT|591
Fargo|ND|581
Sioux Falls|SD|571
Anchorage|AK|995
Honolulu|HI|968
Wilmington|DE|198
Charleston|WV|253
Columbia|SC|292
`).map((l) => l.split('|') as [string, string, string]);

export const STREET_NAMES = words(`
Main Oak Maple Pine Cedar Elm Washington Lake Hill Park Walnut Sunset Lincoln Jackson Church Highland Madison River
Forest Meadow Willow Chestnut Spruce Birch Hickory Magnolia Dogwood Sycamore Poplar Laurel Cherry Franklin Jefferson
Adams Monroe Lafayette Grant Wilson Center Union Prospect Broad Market Water Spring Mill Bridge Front High School
College University Academy Valley Ridge Summit Mountain Canyon Mesa Vista Bayview Harbor Ocean Beach Shore Lakeview
Fairview Greenwood Woodland Brookside Riverside Cottonwood Aspen Juniper Sequoia Redwood Cypress Palmetto Orchard
Vineyard Meadowlark Bluebird Cardinal Heron Eagle Hawk Falcon Pheasant Quail Sandpiper Kingsley Ashford Bramble
Carriage Chapel Colonial Commerce Coventry Crescent Dover Glenwood Hampton Hanover Heritage Kensington Lexington
Mulberry Newport Oxford Pleasant Preston Primrose Quarry Rosewood Saddle Sherwood Stratford Thornton Tremont
Wellington Westminster Windsor Yorkshire Alameda Camino Paseo Avila Cordova Esperanza Delgado Kamehameha Peachtree
Wacker Halsted Sepulveda Figueroa Telegraph Shattuck Alvarado Flatbush Atlantic Pacific Ventura Mission
`);

export const STREET_SUFFIXES: readonly (readonly [string, string])[] = [
  ['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'], ['Boulevard', 'Blvd'],
  ['Court', 'Ct'], ['Place', 'Pl'], ['Way', 'Way'], ['Circle', 'Cir'], ['Terrace', 'Ter'], ['Parkway', 'Pkwy'],
  ['Trail', 'Trl'], ['Highway', 'Hwy'], ['Loop', 'Loop'], ['Square', 'Sq'],
];

export const DIRECTIONS: readonly (readonly [string, string])[] = [
  ['North', 'N'], ['South', 'S'], ['East', 'E'], ['West', 'W'], ['Northeast', 'NE'], ['Southwest', 'SW'],
];

export const UNIT_WORDS: readonly (readonly [string, string])[] = [
  ['Apartment', 'Apt'], ['Unit', 'Unit'], ['Suite', 'Ste'], ['Number', '#'],
];

export const EMAIL_DOMAINS = words(`
gmail.com yahoo.com outlook.com hotmail.com aol.com icloud.com comcast.net att.net verizon.net protonmail.com
live.com msn.com me.com sbcglobal.net cox.net charter.net gmx.de web.de orange.fr libero.it yahoo.co.uk btinternet.com
mail.ru qq.com naver.com rediffmail.com uol.com.br bigpond.com shaw.ca rogers.com fastmail.com zoho.com
`);

export const WORK_EMAIL_DOMAINS = words(`
acmecorp.com brightpath.io northwindtraders.com contoso.org lakeside-dental.com mapleleafhvac.com blueharbor.net
sunrisemed.org pinecrestschools.org tristatelogistics.com
`);

/** Merchants that must survive redaction; several read like people's names on purpose. */
export const MERCHANTS = lines(`
Amazon
Walmart
Netflix
Target
Costco
Best Buy
Home Depot
Lowe's
Starbucks
Spotify
Hulu
Apple
Uber
Lyft
DoorDash
Instacart
eBay
Etsy
Kroger
Safeway
Walgreens
CVS
Chick-fil-A
McDonald's
Wendy's
Macy's
Kohl's
Nordstrom
Dillard's
Trader Joe's
Dick's Sporting Goods
Ben & Jerry's
Jack in the Box
Papa John's
Domino's
Marshalls
TJ Maxx
Ross
Chase
Wells Fargo
Lincoln Financial
Ford
Dell
Tiffany
Hilton
Marriott
Kay Jewelers
Casey's
Carl's Jr.
Wayfair
Chewy
Sephora
Ulta
Shell
Exxon
Delta
Southwest
Expedia
Airbnb
Peloton
Adobe
Microsoft
Xbox
PlayStation
Steam
Audible
Disney+
Max
Paramount+
Sam's Club
Aldi
Publix
Meijer
Wegmans
Harris Teeter
`);

export const PRODUCTS = lines(`
iPhone 15
Galaxy S23
Pixel 8
AirPods Pro
Kindle Paperwhite
Instant Pot
Dyson V11
Roku Ultra
Echo Dot
Prime membership
Premium plan
Family plan
unlimited data plan
streaming bundle
extended warranty
gift card
travel insurance
annual subscription
monthly subscription
router
cable box
smart thermostat
PS5
Nintendo Switch
air fryer
standing desk
laptop
tablet
washing machine
dishwasher
refrigerator
mattress
car seat
stroller
`);

export const ISSUE_WORDS = lines(`
double charge
duplicate charge
unauthorized transaction
late fee
overdraft fee
annual fee
refund
chargeback
dispute
billing error
declined payment
payment arrangement
account locked
password reset
two-factor code
card not received
lost card
stolen card
damaged card
shipping delay
missing package
wrong item
cancellation
upgrade
downgrade
service outage
slow internet
dropped calls
activation
balance transfer
credit limit increase
autopay
paperless billing
statement
interest charge
`);

/** The contact center's own brands: they appear in greetings and must survive. */
export const COMPANIES = lines(`
Northwind Bank
Acme Wireless
Contoso Financial
Fabrikam Insurance
Blue Harbor Credit Union
Lakeside Utilities
Summit Card Services
Evergreen Telecom
Pinnacle Mortgage
Riverbend Health
Tailspin Airlines
Wide World Shipping
`);

export const AGENT_TEAMS = words('billing fraud disputes retention tech support collections onboarding escalations');

export const FILLERS = words('um uh um uh hmm er like');

export const BACKCHANNELS = lines(`
mhm
okay
uh huh
go ahead
yep
got it
okay go on
right
`);
