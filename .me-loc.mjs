// src/lexicon/dict.ts
function dict(entries) {
  return Object.assign(/* @__PURE__ */ Object.create(null), entries);
}

// src/lexicon/places.ts
var US_STATES = dict({
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
  DC: "District of Columbia",
  PR: "Puerto Rico"
});
var CA_PROVINCES = dict({
  AB: "Alberta",
  BC: "British Columbia",
  MB: "Manitoba",
  NB: "New Brunswick",
  NL: "Newfoundland and Labrador",
  NS: "Nova Scotia",
  NT: "Northwest Territories",
  NU: "Nunavut",
  ON: "Ontario",
  PE: "Prince Edward Island",
  QC: "Quebec",
  SK: "Saskatchewan",
  YT: "Yukon"
});
var AU_STATES = dict({
  NSW: "New South Wales",
  VIC: "Victoria",
  QLD: "Queensland",
  WA: "Western Australia",
  SA: "South Australia",
  TAS: "Tasmania",
  ACT: "Australian Capital Territory",
  NT: "Northern Territory"
});
var BR_STATES = dict({
  AC: "Acre",
  AL: "Alagoas",
  AP: "Amap\xE1",
  AM: "Amazonas",
  BA: "Bahia",
  CE: "Cear\xE1",
  DF: "Distrito Federal",
  ES: "Esp\xEDrito Santo",
  GO: "Goi\xE1s",
  MA: "Maranh\xE3o",
  MT: "Mato Grosso",
  MS: "Mato Grosso do Sul",
  MG: "Minas Gerais",
  PA: "Par\xE1",
  PB: "Para\xEDba",
  PR: "Paran\xE1",
  PE: "Pernambuco",
  PI: "Piau\xED",
  RJ: "Rio de Janeiro",
  RN: "Rio Grande do Norte",
  RS: "Rio Grande do Sul",
  RO: "Rond\xF4nia",
  RR: "Roraima",
  SC: "Santa Catarina",
  SP: "S\xE3o Paulo",
  SE: "Sergipe",
  TO: "Tocantins"
});
var OTHER_REGIONS = dict({
  "west yorkshire": "GB",
  "south yorkshire": "GB",
  "north yorkshire": "GB",
  "greater london": "GB",
  "greater manchester": "GB",
  "west midlands": "GB",
  "east midlands": "GB",
  "merseyside": "GB",
  "surrey": "GB",
  "kent": "GB",
  "essex": "GB",
  "hampshire": "GB",
  "berkshire": "GB",
  "oxfordshire": "GB",
  "cambridgeshire": "GB",
  "lancashire": "GB",
  "cheshire": "GB",
  "scotland": "GB",
  "wales": "GB",
  "england": "GB",
  "northern ireland": "GB",
  "county dublin": "IE",
  "co. dublin": "IE",
  "county cork": "IE",
  "bavaria": "DE",
  "bayern": "DE",
  "hessen": "DE",
  "hesse": "DE",
  "nrw": "DE",
  "nordrhein-westfalen": "DE",
  "north rhine-westphalia": "DE",
  "baden-w\xFCrttemberg": "DE",
  "baden-wurttemberg": "DE",
  "sachsen": "DE",
  "saxony": "DE",
  "th\xFCringen": "DE",
  "thuringia": "DE",
  "niedersachsen": "DE",
  "lower saxony": "DE",
  "schleswig-holstein": "DE",
  "rheinland-pfalz": "DE",
  "brandenburg": "DE",
  "steiermark": "AT",
  "styria": "AT",
  "tirol": "AT",
  "tyrol": "AT",
  "ober\xF6sterreich": "AT",
  "nieder\xF6sterreich": "AT",
  "k\xE4rnten": "AT",
  "\xEEle-de-france": "FR",
  "ile-de-france": "FR",
  "auvergne-rh\xF4ne-alpes": "FR",
  "provence-alpes-c\xF4te d'azur": "FR",
  "occitanie": "FR",
  "nouvelle-aquitaine": "FR",
  "hauts-de-france": "FR",
  "bretagne": "FR",
  "brittany": "FR",
  "normandie": "FR",
  "normandy": "FR",
  "grand est": "FR",
  "pays de la loire": "FR",
  "catalonia": "ES",
  "catalu\xF1a": "ES",
  "catalunya": "ES",
  "comunidad de madrid": "ES",
  "andaluc\xEDa": "ES",
  "andalusia": "ES",
  "pa\xEDs vasco": "ES",
  "basque country": "ES",
  "galicia": "ES",
  "lombardia": "IT",
  "lombardy": "IT",
  "lazio": "IT",
  "piemonte": "IT",
  "piedmont": "IT",
  "veneto": "IT",
  "emilia-romagna": "IT",
  "toscana": "IT",
  "tuscany": "IT",
  "noord-holland": "NL",
  "north holland": "NL",
  "zuid-holland": "NL",
  "south holland": "NL",
  "new south wales": "AU",
  "victoria": "AU",
  "queensland": "AU",
  "western australia": "AU",
  "south australia": "AU",
  "tasmania": "AU",
  "karnataka": "IN",
  "maharashtra": "IN",
  "telangana": "IN",
  "tamil nadu": "IN",
  "haryana": "IN",
  "uttar pradesh": "IN",
  "kerala": "IN",
  "gujarat": "IN",
  "west bengal": "IN",
  "s\xE3o paulo": "BR",
  "minas gerais": "BR",
  "metro manila": "PH",
  "ncr": "PH",
  "zurich": "CH",
  "vaud": "CH",
  "bavi\xE8re": "DE"
});
var AREAS = [
  "emea",
  "apac",
  "latam",
  "amer",
  "amers",
  "americas",
  "europe",
  "eu",
  "european union",
  "eea",
  "north america",
  "south america",
  "central america",
  "latin america",
  "asia",
  "africa",
  "middle east",
  "oceania",
  "worldwide",
  "anywhere",
  "global",
  "globally",
  "nordics",
  "nordic countries",
  "scandinavia",
  "dach",
  "benelux",
  "baltics",
  "balkans",
  "cet",
  "cest",
  "est",
  "pst",
  "uk/eu",
  "eu/uk",
  "anywhere in the world",
  "asia pacific",
  "asia-pacific",
  "mena",
  "sea",
  "southeast asia",
  "south east asia",
  "western europe",
  "eastern europe",
  "central europe",
  "northern europe",
  "southern europe",
  "cee",
  "ssa",
  "sub-saharan africa",
  "gcc",
  "anz",
  "us/canada",
  "us & canada",
  "usa/canada",
  "international",
  "europa",
  "weltweit",
  "international",
  "monde",
  "partout dans le monde",
  "am\xE9rica latina",
  "latinoam\xE9rica",
  "emea region",
  "apac region"
];
var NOT_PLACES = [
  "multiple locations",
  "multiple",
  "various",
  "various locations",
  "flexible",
  "n/a",
  "na",
  "tbd",
  "tba",
  "negotiable",
  "any",
  "not specified",
  "see description",
  "home",
  "field",
  "field-based",
  "travel",
  "several locations",
  "other",
  "diverse",
  "mehrere standorte",
  "plusieurs sites",
  "varios",
  "varias ubicaciones",
  "home based",
  "home-based",
  "nationwide",
  "countrywide",
  "in person",
  "in-person",
  "on the road",
  "to be determined",
  "deutschlandweit",
  "bundesweit",
  "toute la france"
];
var CITY_STATES = dict({
  SG: "Singapore",
  HK: "Hong Kong",
  MO: "Macau",
  MC: "Monaco",
  VA: "Vatican City",
  GI: "Gibraltar",
  LU: "Luxembourg"
});
var PROSE_UNSAFE_CITIES = /* @__PURE__ */ new Set([
  "reading",
  "bath",
  "nice",
  "split",
  "essen",
  "halle",
  "zug",
  "mobile",
  "victoria",
  "regina",
  "hamilton",
  "york",
  "lincoln",
  "sofia",
  "cali",
  "bali",
  "palma",
  "faro",
  "porto",
  "cork",
  "durham",
  "madison",
  "providence",
  "jackson",
  "aurora",
  "golden",
  "salem",
  "columbia",
  "springfield",
  "bloomington",
  "derby",
  "chester",
  "mons",
  "sion",
  "chur",
  "tours",
  "pau",
  "nancy",
  "valence",
  "cambridge",
  "richmond",
  "kingston",
  "windsor",
  "portland",
  "gilbert",
  "mesa",
  "chandler",
  "henderson",
  "carmel",
  "cary",
  "everett",
  "eugene",
  "irving",
  "plano",
  "savannah",
  "baden",
  "salvador",
  "leon",
  "le\xF3n",
  "como",
  "bergen",
  "hamm",
  "marl",
  "moers",
  "hagen",
  "herne",
  "siegen",
  "wels",
  "surat",
  "plymouth",
  "montgomery",
  "lexington",
  "charleston",
  "arlington",
  "alexandria",
  "waterloo",
  "burlington",
  "laval",
  "la",
  "sf",
  "dc",
  "bgc",
  "ncr",
  "cebu",
  "santiago",
  "cartagena",
  "c\xF3rdoba",
  "valencia",
  "lima",
  "m\xE9rida",
  "sandton",
  "marbella",
  "girona",
  "trento",
  "parma",
  "ancona",
  "pisa",
  "bari"
]);
var CITIES = dict({});
var add = (cc, list) => {
  for (const entry of list.split("|")) {
    const [head, ...aliases] = entry.split("=");
    const [name, region] = head.split("@");
    for (const n of [name, ...aliases]) if (!CITIES[n.toLowerCase()]) CITIES[n.toLowerCase()] = [name, cc, region];
  }
};
add("US", "New York@NY=NYC=New York City=Manhattan|San Francisco@CA=SF|Los Angeles@CA=LA|Seattle@WA|Austin@TX|Boston@MA|Chicago@IL|Denver@CO|Atlanta@GA|Miami@FL|Dallas@TX|Houston@TX|Washington@DC=Washington DC=Washington D.C.=DC|Philadelphia@PA|Phoenix@AZ|San Diego@CA|San Jose@CA|Portland@OR|Minneapolis@MN|Detroit@MI|Pittsburgh@PA|Baltimore@MD|Nashville@TN|Raleigh@NC|Charlotte@NC|Salt Lake City@UT|Las Vegas@NV|Orlando@FL|Tampa@FL|Columbus@OH|Cincinnati@OH|Cleveland@OH|Indianapolis@IN|Kansas City@MO|St. Louis@MO=Saint Louis=St Louis|Milwaukee@WI|Sacramento@CA|Oakland@CA|Palo Alto@CA|Mountain View@CA|Menlo Park@CA|Sunnyvale@CA|Santa Clara@CA|Cupertino@CA|Redwood City@CA|San Mateo@CA|Brooklyn@NY|Jersey City@NJ|Boulder@CO|Bellevue@WA|Redmond@WA|Kirkland@WA|Irvine@CA|Santa Monica@CA|Honolulu@HI|Anchorage@AK|New Orleans@LA|Richmond@VA|Reston@VA|Arlington@VA|Cambridge@MA|Somerville@MA|Ann Arbor@MI|Madison@WI|Durham@NC|Chapel Hill@NC|Providence@RI|Hartford@CT|Stamford@CT|Newark@NJ|Albany@NY|Buffalo@NY|Rochester@NY|Omaha@NE|Des Moines@IA|Louisville@KY|Memphis@TN|Oklahoma City@OK|Tulsa@OK|Albuquerque@NM|Tucson@AZ|El Paso@TX|San Antonio@TX|Fort Worth@TX|Plano@TX|Irving@TX|Scottsdale@AZ|Tempe@AZ|Boise@ID|Spokane@WA|Tacoma@WA|Fremont@CA|Emeryville@CA|Berkeley@CA|South San Francisco@CA|Lehi@UT|Provo@UT|Hoboken@NJ|Fort Lauderdale@FL|Jacksonville@FL|Charleston@SC|Greenville@SC|Knoxville@TN|Chattanooga@TN|Lexington@KY|Dayton@OH|Toledo@OH|Grand Rapids@MI|Lansing@MI|Minnetonka@MN|St. Paul@MN=Saint Paul|Herndon@VA|McLean@VA|Alexandria@VA|Bethesda@MD|Rockville@MD|Princeton@NJ|New Haven@CT|Burlington@VT|Worcester@MA|Waltham@MA|Santa Barbara@CA|Pasadena@CA|Long Beach@CA|Burbank@CA|Culver City@CA|El Segundo@CA|Playa Vista@CA|San Bernardino@CA|Riverside@CA|Fresno@CA|Bakersfield@CA|Reno@NV|Henderson@NV|Colorado Springs@CO|Fort Collins@CO|Golden@CO|Aurora@CO|Chandler@AZ|Mesa@AZ|Gilbert@AZ|Frisco@TX|Round Rock@TX|Corpus Christi@TX|Baton Rouge@LA|Little Rock@AR|Jackson@MS|Mobile@AL|Huntsville@AL|Montgomery@AL|Savannah@GA|Alpharetta@GA|Columbia@SC|Greensboro@NC|Winston-Salem@NC|Cary@NC|Morrisville@NC|Norfolk@VA|Virginia Beach@VA|Wilmington@DE|Harrisburg@PA|Allentown@PA|Syracuse@NY|White Plains@NY|Long Island City@NY|Queens@NY|Bronx@NY|Stamford@CT|Portland, ME@ME|Manchester, NH@NH|Salem@OR|Eugene@OR|Olympia@WA|Everett@WA|Vancouver, WA@WA|Wichita@KS|Overland Park@KS|Lincoln@NE|Sioux Falls@SD|Fargo@ND|Billings@MT|Cheyenne@WY|Santa Fe@NM|St. Petersburg@FL=Saint Petersburg|Boca Raton@FL|West Palm Beach@FL|Tallahassee@FL|Gainesville@FL|Naples, FL@FL|Pensacola@FL|Akron@OH|Evanston@IL|Naperville@IL|Schaumburg@IL|Peoria@IL|Springfield@IL|Fort Wayne@IN|Bloomington@IN|Carmel@IN|Iowa City@IA|Cedar Rapids@IA|Rochester, MN@MN|Eden Prairie@MN|Plymouth@MN");
add("CA", "Toronto@ON|Vancouver@BC|Montreal@QC=Montr\xE9al|Ottawa@ON|Calgary@AB|Edmonton@AB|Waterloo@ON|Kitchener@ON|Halifax@NS|Winnipeg@MB|Quebec City@QC=Qu\xE9bec City=Ville de Qu\xE9bec|Victoria@BC|Hamilton@ON|London, ON@ON|Mississauga@ON|Markham@ON|Burnaby@BC|Saskatoon@SK|Regina@SK|Surrey, BC@BC|Richmond, BC@BC|Brampton@ON|Oakville@ON|Guelph@ON|Kingston@ON|Windsor@ON|Laval@QC|Gatineau@QC|Sherbrooke@QC|St. John's@NL|Fredericton@NB|Moncton@NB|Charlottetown@PE|Kelowna@BC|Whitehorse@YT|Yellowknife@NT");
add("GB", "London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Newcastle=Newcastle upon Tyne|Nottingham|Cardiff|Belfast|Oxford|Cambridge, UK|Brighton|Reading|Southampton|Leicester|Coventry|Aberdeen|Milton Keynes|Bath|York|Guildford|Dundee|Swansea|Exeter|Plymouth, UK|Norwich|Cheltenham|Basingstoke|Slough|Watford|Croydon|Canary Wharf|Stockport|Bradford|Derby|Wolverhampton|Sunderland|Middlesbrough|Warrington|Chester|Bournemouth|Portsmouth|Swindon|Northampton|Peterborough|Ipswich|Colchester|Chelmsford|Crawley|Stevenage|Harrogate|Inverness|Stirling");
add("IE", "Dublin|Cork|Galway|Limerick|Waterford");
add("DE", "Berlin|Munich=M\xFCnchen|Hamburg|Frankfurt=Frankfurt am Main|Cologne=K\xF6ln|Stuttgart|D\xFCsseldorf=Dusseldorf|Leipzig|Dresden|Hannover=Hanover|Nuremberg=N\xFCrnberg|Bremen|Essen|Dortmund|Bonn|Karlsruhe|Mannheim|Heidelberg|Jena|Bielefeld|M\xFCnster|Freiburg=Freiburg im Breisgau|Augsburg|Aachen|Kiel|Potsdam|Mainz|Wiesbaden|Regensburg|Erlangen|Darmstadt|Ulm|W\xFCrzburg|Rostock|Magdeburg|Erfurt|Saarbr\xFCcken|Braunschweig|Osnabr\xFCck|Wolfsburg|Ingolstadt|G\xF6ttingen|Bochum|Duisburg|Wuppertal|L\xFCbeck|Oldenburg|Kassel|Halle|Chemnitz|Gelsenkirchen|M\xF6nchengladbach|Krefeld|Paderborn|Heilbronn|Pforzheim|Offenbach|F\xFCrth|Koblenz|Trier|Siegen|Hildesheim|Konstanz|T\xFCbingen|Eschborn|Walldorf|Unterschlei\xDFheim|Garching|Ludwigshafen|Leverkusen|Neuss|G\xFCtersloh|Reutlingen|Landshut|Passau|Bamberg|Bayreuth|Schwerin|Cottbus|Flensburg|L\xFCneburg|Hamm|Herne|Solingen|Remscheid|Bottrop|Recklinghausen|Moers|Marl|Hagen|M\xFClheim an der Ruhr|Oberhausen|Ratingen|Velbert");
add("AT", "Vienna=Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St. P\xF6lten|Dornbirn|Bregenz|Leoben");
add("CH", "Zurich=Z\xFCrich|Geneva=Gen\xE8ve=Genf|Basel|Bern|Lausanne|Lucerne=Luzern|Zug|Winterthur|St. Gallen|Lugano|Baden|Schaffhausen|Fribourg|Neuch\xE2tel|Sion|Chur");
add("FR", "Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Nice|Strasbourg|Montpellier|Rennes|Grenoble|Montreuil|Sophia Antipolis|Aix-en-Provence|Boulogne-Billancourt|La D\xE9fense|Issy-les-Moulineaux|Levallois-Perret|Neuilly-sur-Seine|Saint-Denis|Nanterre|Rouen|Tours|Dijon|Angers|Clermont-Ferrand|Le Mans|Reims|Brest|Annecy|Metz|Nancy|Orl\xE9ans|Caen|Limoges|Amiens|Perpignan|Besan\xE7on|Poitiers|Pau|La Rochelle|Avignon|Toulon|Saint-\xC9tienne|Versailles|Courbevoie|Puteaux|Massy|Saclay|V\xE9lizy-Villacoublay|Rueil-Malmaison|Saint-Ouen|Clichy|Villeurbanne|Le Havre|Valence|Chamb\xE9ry|Mulhouse|Colmar|Bayonne|Biarritz|N\xEEmes|Cergy|\xC9vry|Cr\xE9teil|Vannes|Lorient|Quimper|Saint-Malo|Niort|Troyes");
add("ES", "Madrid|Barcelona|Valencia|Seville=Sevilla|Bilbao|M\xE1laga=Malaga|Zaragoza|Palma=Palma de Mallorca|Alicante|Granada|Murcia|Valladolid|Vigo|A Coru\xF1a=La Coru\xF1a|San Sebasti\xE1n=Donostia|Las Palmas=Las Palmas de Gran Canaria|Santander|Pamplona|Oviedo|Gij\xF3n|C\xF3rdoba|Salamanca|Santa Cruz de Tenerife|Tarragona|Girona|Lleida|Castell\xF3n|Almer\xEDa|C\xE1diz|Huelva|Ja\xE9n|Le\xF3n|Burgos|Logro\xF1o|Vitoria=Vitoria-Gasteiz|Badajoz|C\xE1ceres|Toledo, ES|Sant Cugat del Vall\xE8s|Alcobendas|Las Rozas|Getafe|Legan\xE9s|M\xF3stoles|Elche|Cartagena|Marbella");
add("PT", "Lisbon=Lisboa|Porto|Braga|Coimbra|Aveiro|Faro|Funchal|Set\xFAbal|Guimar\xE3es|Leiria|\xC9vora|Viseu");
add("IT", "Milan=Milano|Rome=Roma|Turin=Torino|Naples=Napoli|Bologna|Florence=Firenze|Venice=Venezia|Genoa=Genova|Padua=Padova|Verona|Bari|Palermo|Trieste|Pisa|Catania|Brescia|Bergamo|Modena|Parma|Reggio Emilia|Perugia|Cagliari|Trento|Bolzano|Udine|Ancona|Pescara|Lecce|Salerno|Como|Monza|Vicenza|Treviso");
add("NL", "Amsterdam|Rotterdam|The Hague=Den Haag|Utrecht|Eindhoven|Groningen|Leiden|Delft|Haarlem|Amstelveen|Nijmegen|Arnhem|Tilburg|Breda|Maastricht|Enschede|Zwolle|Amersfoort|Almere|Hilversum|Hoofddorp|Schiphol|Den Bosch='s-Hertogenbosch|Apeldoorn|Wageningen");
add("BE", "Brussels=Bruxelles=Brussel|Antwerp=Antwerpen=Anvers|Ghent=Gent|Leuven=Louvain|Li\xE8ge|Bruges=Brugge|Namur|Charleroi|Mechelen|Hasselt|Kortrijk|Wavre|Louvain-la-Neuve|Mons");
add("LU", "Luxembourg City=Luxembourg-Ville");
add("DK", "Copenhagen=K\xF8benhavn|Aarhus|Odense|Aalborg");
add("SE", "Stockholm|Gothenburg=G\xF6teborg|Malm\xF6=Malmo|Uppsala|Lund|Link\xF6ping|V\xE4ster\xE5s|\xD6rebro|Ume\xE5|Helsingborg|Norrk\xF6ping|J\xF6nk\xF6ping");
add("NO", "Oslo|Bergen|Trondheim|Stavanger|Troms\xF8|Kristiansand");
add("FI", "Helsinki|Espoo|Tampere|Oulu|Turku|Vantaa|Jyv\xE4skyl\xE4");
add("IS", "Reykjavik=Reykjav\xEDk");
add("EE", "Tallinn|Tartu");
add("LV", "Riga");
add("LT", "Vilnius|Kaunas|Klaip\u0117da");
add("PL", "Warsaw=Warszawa|Krakow=Krak\xF3w|Cracow|Wroclaw=Wroc\u0142aw|Gdansk=Gda\u0144sk|Poznan=Pozna\u0144|Lodz=\u0141\xF3d\u017A|Katowice|Gdynia|Szczecin|Lublin|Bydgoszcz|Bia\u0142ystok|Rzesz\xF3w|Gliwice|Toru\u0144|Opole|Kielce|Olsztyn|Sopot");
add("CZ", "Prague=Praha|Brno|Ostrava|Plze\u0148=Pilsen|Olomouc|Liberec|\u010Cesk\xE9 Bud\u011Bjovice|Hradec Kr\xE1lov\xE9|Pardubice");
add("SK", "Bratislava|Ko\u0161ice=Kosice|\u017Dilina|Bansk\xE1 Bystrica|Nitra|Trnava");
add("HU", "Budapest|Debrecen|Szeged|P\xE9cs|Gy\u0151r|Miskolc");
add("RO", "Bucharest=Bucure\u0219ti=Bukarest|Cluj-Napoca=Cluj|Timi\u0219oara=Timisoara|Ia\u0219i=Iasi|Bra\u0219ov=Brasov|Constan\u021Ba|Sibiu|Oradea|Craiova|Gala\u021Bi|T\xE2rgu Mure\u0219");
add("BG", "Sofia|Plovdiv|Varna|Burgas|Ruse");
add("RS", "Belgrade=Beograd=Belgrad|Novi Sad|Ni\u0161=Nis|Kragujevac|Subotica");
add("HR", "Zagreb|Split|Rijeka|Osijek|Zadar|Dubrovnik");
add("SI", "Ljubljana|Maribor");
add("BA", "Sarajevo|Banja Luka|Mostar|Tuzla");
add("ME", "Podgorica");
add("MK", "Skopje");
add("AL", "Tirana|Durr\xEBs");
add("XK", "Pristina=Prishtina");
add("MD", "Chi\u0219in\u0103u=Chisinau");
add("BY", "Minsk");
add("GR", "Athens=Athen=Ath\xE8nes|Thessaloniki|Patras|Heraklion");
add("CY", "Limassol|Nicosia|Larnaca|Paphos");
add("MT", "Valletta|Sliema|St. Julian's=St Julians|Birkirkara|Msida|G\u017Cira");
add("TR", "Istanbul=\u0130stanbul|Ankara|Izmir=\u0130zmir|Bursa|Antalya");
add("UA", "Kyiv=Kiev|Lviv|Kharkiv|Odesa=Odessa|Dnipro|Zaporizhzhia|Vinnytsia|Ivano-Frankivsk");
add("GE", "Tbilisi|Batumi");
add("AM", "Yerevan");
add("AZ", "Baku");
add("KZ", "Almaty|Astana");
add("UZ", "Tashkent");
add("RU", "Moscow=Moskau|Saint Petersburg, RU|Novosibirsk");
add("IL", "Tel Aviv=Tel Aviv-Yafo|Jerusalem|Haifa|Herzliya|Ramat Gan|Petah Tikva|Ra'anana|Beersheba");
add("AE", "Dubai|Abu Dhabi|Sharjah");
add("SA", "Riyadh|Jeddah|Dammam|Khobar");
add("QA", "Doha");
add("BH", "Manama");
add("KW", "Kuwait City");
add("OM", "Muscat");
add("JO", "Amman");
add("LB", "Beirut");
add("EG", "Cairo|Alexandria, EG|Giza");
add("MA", "Casablanca|Rabat|Marrakesh=Marrakech|Tangier");
add("TN", "Tunis");
add("DZ", "Algiers");
add("NG", "Lagos|Abuja|Ibadan|Port Harcourt");
add("GH", "Accra|Kumasi");
add("KE", "Nairobi|Mombasa");
add("UG", "Kampala");
add("RW", "Kigali");
add("TZ", "Dar es Salaam");
add("ET", "Addis Ababa");
add("SN", "Dakar");
add("CI", "Abidjan");
add("ZA", "Cape Town|Johannesburg|Durban|Pretoria|Sandton|Port Elizabeth|Stellenbosch");
add("IN", "Bangalore=Bengaluru|Mumbai=Bombay|Delhi=New Delhi|Hyderabad|Chennai|Pune|Kolkata|Gurgaon=Gurugram|Noida|Ahmedabad|Jaipur|Kochi|Chandigarh|Coimbatore|Indore|Trivandrum=Thiruvananthapuram|Mysore=Mysuru|Nagpur|Lucknow|Bhubaneswar|Visakhapatnam|Vadodara|Surat|Mangalore|Navi Mumbai|Thane");
add("PK", "Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad");
add("BD", "Dhaka|Chittagong");
add("LK", "Colombo");
add("NP", "Kathmandu");
add("SG", "Singapore");
add("MY", "Kuala Lumpur|Penang|Petaling Jaya|Cyberjaya|Johor Bahru");
add("TH", "Bangkok|Chiang Mai|Phuket");
add("VN", "Ho Chi Minh City=Saigon=HCMC|Hanoi|Da Nang");
add("PH", "Manila|Makati|Cebu=Cebu City|Taguig|Quezon City|Pasig|Davao|Bonifacio Global City=BGC");
add("ID", "Jakarta|Bali|Bandung|Surabaya|Yogyakarta");
add("HK", "Hong Kong");
add("MO", "Macau");
add("TW", "Taipei|Hsinchu|Taichung|Kaohsiung");
add("CN", "Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu|Nanjing|Wuhan|Suzhou|Xi'an|Tianjin");
add("JP", "Tokyo|Osaka|Kyoto|Yokohama|Fukuoka|Nagoya|Sapporo|Kobe");
add("KR", "Seoul|Busan|Incheon|Pangyo|Seongnam");
add("AU", "Sydney@NSW|Melbourne@VIC|Brisbane@QLD|Perth@WA|Adelaide@SA|Canberra@ACT|Gold Coast@QLD|Hobart@TAS|Darwin@NT|Newcastle, NSW@NSW|Wollongong@NSW|Geelong@VIC|Parramatta@NSW|North Sydney@NSW");
add("NZ", "Auckland|Wellington|Christchurch|Hamilton, NZ|Dunedin|Tauranga");
add("MX", "Mexico City=Ciudad de M\xE9xico=CDMX|Guadalajara|Monterrey|Quer\xE9taro|Puebla|Tijuana|M\xE9rida|Le\xF3n, MX|Canc\xFAn");
add("BR", "S\xE3o Paulo=Sao Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Florian\xF3polis|Bras\xEDlia=Brasilia|Recife|Campinas|Salvador|Fortaleza|Goi\xE2nia");
add("AR", "Buenos Aires|C\xF3rdoba, AR|Rosario|Mendoza|La Plata");
add("CL", "Santiago|Valpara\xEDso|Concepci\xF3n");
add("CO", "Bogot\xE1=Bogota|Medell\xEDn=Medellin|Cali|Barranquilla|Cartagena, CO|Bucaramanga");
add("PE", "Lima|Arequipa");
add("EC", "Quito|Guayaquil");
add("UY", "Montevideo");
add("PY", "Asunci\xF3n");
add("BO", "La Paz|Santa Cruz de la Sierra");
add("VE", "Caracas");
add("CR", "San Jos\xE9, CR");
add("PA", "Panama City");
add("GT", "Guatemala City");
add("DO", "Santo Domingo");
add("PR", "San Juan");
add("JM", "Kingston, JM");

// src/lexicon/terms.ts
var EMPLOYMENT_BADGES = dict({ stage: "internship", ausbildung: "internship", alternance: "internship", "sta\u017C": "internship" });
var SENIORITY = [
  ["intern", "intern"],
  ["interns", "intern"],
  ["internship", "intern"],
  ["praktikant", "intern"],
  ["praktikantin", "intern"],
  ["praktikum", "intern"],
  ["pflichtpraktikum", "intern"],
  ["stagiaire", "intern"],
  ["becario", "intern"],
  ["becaria", "intern"],
  ["pr\xE1cticas", "intern"],
  ["werkstudent", "intern"],
  ["werkstudentin", "intern"],
  ["trainee", "intern"],
  ["apprentice", "intern"],
  ["ausbildung", "intern"],
  ["auszubildende", "intern"],
  ["auszubildender", "intern"],
  ["azubi", "intern"],
  ["alternance", "intern"],
  ["alternant", "intern"],
  ["alternante", "intern"],
  ["estagi\xE1rio", "intern"],
  ["est\xE1gio", "intern"],
  ["tirocinante", "intern"],
  ["tirocinio", "intern"],
  ["co-op", "intern"],
  ["summer student", "intern"],
  ["sta\u017Cysta", "intern"],
  ["sta\u017Cystka", "intern"],
  ["praktykant", "intern"],
  ["praktykantka", "intern"],
  ["stagiair", "intern"],
  ["afstudeerder", "intern"],
  ["th\u1EF1c t\u1EADp sinh", "intern"],
  ["\uC778\uD134", "intern"],
  ["chief", "executive"],
  ["ceo", "executive"],
  ["cto", "executive"],
  ["cfo", "executive"],
  ["coo", "executive"],
  ["cmo", "executive"],
  ["cpo", "executive"],
  ["ciso", "executive"],
  ["cio", "executive"],
  ["cro", "executive"],
  ["vp", "executive"],
  ["vice president", "executive"],
  ["svp", "executive"],
  ["evp", "executive"],
  ["avp", "executive"],
  ["director", "executive"],
  ["head of", "executive"],
  ["directeur", "executive"],
  ["directrice", "executive"],
  ["director de", "executive"],
  ["directora", "executive"],
  ["direttore", "executive"],
  ["diretor", "executive"],
  ["leiter", "executive"],
  ["leiterin", "executive"],
  ["gesch\xE4ftsf\xFChrer", "executive"],
  ["gesch\xE4ftsf\xFChrerin", "executive"],
  ["bereichsleiter", "executive"],
  ["abteilungsleiter", "executive"],
  ["executive director", "executive"],
  ["managing director", "executive"],
  ["general manager", "executive"],
  ["pr\xE9sident", "executive"],
  ["presidente", "executive"],
  ["president", "executive"],
  ["dyrektor", "executive"],
  ["gi\xE1m \u0111\u1ED1c", "executive"],
  ["\uC774\uC0AC", "executive"],
  ["\uBCF8\uBD80\uC7A5", "executive"],
  ["\uC784\uC6D0", "executive"],
  ["principal", "principal"],
  ["distinguished", "principal"],
  ["fellow", "principal"],
  ["staff", "lead"],
  ["lead", "lead"],
  ["team lead", "lead"],
  ["tech lead", "lead"],
  ["teamleiter", "lead"],
  ["teamleiterin", "lead"],
  ["teamlead", "lead"],
  ["lider", "lead"],
  ["l\xEDder", "lead"],
  ["chef d'\xE9quipe", "lead"],
  ["jefe de equipo", "lead"],
  ["kierownik zespo\u0142u", "lead"],
  ["teamleider", "lead"],
  ["tr\u01B0\u1EDFng nh\xF3m", "lead"],
  ["\uD300\uC7A5", "lead"],
  ["\uD300\uC7A5\uAE09", "lead"],
  ["\uD30C\uD2B8\uC7A5", "lead"],
  ["semi-senior", "mid"],
  ["semi senior", "mid"],
  ["semisenior", "mid"],
  ["senior", "senior"],
  ["sr", "senior"],
  ["sr.", "senior"],
  ["snr", "senior"],
  ["confirm\xE9", "senior"],
  ["confirm\xE9e", "senior"],
  ["expert", "senior"],
  ["experte", "senior"],
  ["expertin", "senior"],
  ["s\xE9nior", "senior"],
  ["iii", "senior"],
  ["iv", "senior"],
  ["founding", "senior"],
  ["starszy", "senior"],
  ["starsza", "senior"],
  ["\uC2DC\uB2C8\uC5B4", "senior"],
  ["mid-level", "mid"],
  ["mid level", "mid"],
  ["midlevel", "mid"],
  ["mid-senior", "mid"],
  ["intermediate", "mid"],
  ["medior", "mid"],
  ["ii", "mid"],
  ["pleno", "mid"],
  ["junior", "junior"],
  ["jr", "junior"],
  ["jr.", "junior"],
  ["entry level", "junior"],
  ["entry-level", "junior"],
  ["graduate", "junior"],
  ["new grad", "junior"],
  ["d\xE9butant", "junior"],
  ["d\xE9butante", "junior"],
  ["einsteiger", "junior"],
  ["berufseinsteiger", "junior"],
  ["berufseinsteigerin", "junior"],
  ["associate", "junior"],
  ["i", "junior"],
  ["m\u0142odszy", "junior"],
  ["m\u0142odsza", "junior"],
  ["fresher", "junior"],
  ["\uC8FC\uB2C8\uC5B4", "junior"],
  ["\uC2E0\uC785", "junior"],
  ["engineering manager", "lead"],
  ["team manager", "lead"],
  ["chef de projet", "mid"]
];
var SENIORITY_LEVELS = dict({
  internship: "intern",
  "entry level": "junior",
  "entry-level": "junior",
  associate: "junior",
  "mid-senior level": "senior",
  "mid-senior": "senior",
  director: "executive",
  executive: "executive",
  senior: "senior",
  "senior level": "senior",
  junior: "junior",
  "junior level": "junior",
  "mid level": "mid",
  "mid-level": "mid",
  lead: "lead",
  principal: "principal",
  intern: "intern",
  "experienced": "mid",
  "experienced (non-manager)": "mid",
  "student": "intern",
  "berufseinsteiger": "junior",
  "berufserfahren": "mid",
  "professionnel confirm\xE9": "senior",
  "d\xE9butant accept\xE9": "junior"
});
var STOP_WORDS = dict({
  en: ["the", "and", "to", "of", "you", "we", "in", "for", "with", "our", "will", "your", "are", "is", "on", "a", "be", "as", "this", "have", "experience", "team", "requirements", "responsibilities", "benefits", "skills", "ability", "work", "job", "role", "about", "what", "who", "years", "strong"],
  fr: ["le", "la", "les", "et", "de", "des", "vous", "nous", "en", "pour", "une", "du", "est", "avec", "dans", "au", "sur", "votre", "qui", "par", "pas", "sont", "profil", "recherch\xE9", "exp\xE9rience", "avantages", "poste", "entreprise", "missions", "\xE9quipe", "comp\xE9tences", "r\xE9mun\xE9ration", "t\xE9l\xE9travail", "ans", "aux", "vos"],
  de: ["der", "die", "das", "und", "zu", "wir", "sie", "du", "ist", "mit", "f\xFCr", "ein", "eine", "den", "dem", "von", "auf", "im", "bei", "dich", "uns", "deine", "ihre", "nicht", "auch", "anforderungen", "bieten", "aufgaben", "erfahrung", "kenntnisse", "studium", "arbeitszeiten", "unternehmen", "bewerbung", "unser", "unsere", "dein", "deinen"],
  es: ["el", "la", "los", "las", "y", "de", "en", "para", "con", "que", "por", "una", "del", "es", "tu", "nuestro", "nuestra", "se", "al", "como", "m\xE1s", "equipo", "requisitos", "experiencia", "ofrece", "ofrecemos", "contrato", "a\xF1os", "empresa", "trabajo", "conocimientos", "horario", "buscamos", "funciones", "teletrabajo", "salario"],
  pt: ["o", "a", "os", "as", "e", "de", "em", "para", "com", "que", "por", "uma", "do", "da", "voc\xEA", "nosso", "nossa", "se", "ao", "como", "mais", "n\xE3o", "s\xE3o", "vaga", "requisitos", "experi\xEAncia", "conhecimento", "conhecimentos", "benef\xEDcios", "sal\xE1rio", "empresa", "trabalho", "equipe", "atividades", "vale", "dos", "das"],
  it: ["il", "la", "lo", "gli", "le", "e", "di", "in", "per", "con", "che", "una", "del", "della", "\xE8", "sono", "nostro", "nostra", "si", "al", "come", "pi\xF9", "non", "offerta", "lavoro", "requisiti", "esperienza", "settore", "offre", "contratto", "tempo", "capacit\xE0", "azienda", "sede", "conoscenza", "ottima", "ottime", "candidato", "alle", "nel", "dei"],
  nl: [
    "de",
    "het",
    "een",
    "en",
    "van",
    "je",
    "wij",
    "we",
    "voor",
    "met",
    "op",
    "in",
    "is",
    "zijn",
    "jouw",
    "onze",
    "ons",
    "naar",
    "niet",
    "ook",
    "vacature",
    "ervaring",
    "werkzaamheden",
    "bieden",
    "bij",
    "dat",
    "om",
    "te",
    "aan",
    "wat",
    "jij",
    "ben",
    "bent",
    "heb",
    "hebt",
    "heeft",
    "hebben",
    "uw",
    "kun",
    "kunt",
    "wordt",
    "worden",
    "door",
    "tot",
    "binnen",
    "functie",
    "werk",
    "salaris",
    "uur",
    "kennis",
    "opleiding",
    "solliciteer",
    "sollicitatie",
    "arbeidsvoorwaarden",
    "goede",
    "jaar",
    "zoeken",
    "samen",
    "waar",
    "deze",
    "meer",
    "onder",
    "andere",
    "en/of",
    "mbo",
    "hbo",
    "wo",
    "collega's",
    "klanten",
    "per",
    "maand"
  ],
  // Polish: function words and the words of Polish boards ("zakres obowiązków", "oferujemy")
  pl: ["i", "w", "z", "na", "si\u0119", "nie", "jest", "oraz", "dla", "od", "przez", "lub", "jako", "\u017Ce", "s\u0105", "ze", "we", "za", "pracy", "praca", "do\u015Bwiadczenie", "do\u015Bwiadczenia", "znajomo\u015B\u0107", "znajomo\u015Bci", "wymagania", "oferujemy", "obowi\u0105zk\xF3w", "obowi\u0105zki", "zakres", "umowa", "umow\u0119", "umowy", "wynagrodzenie", "tw\xF3j", "twoje", "nasze", "nasz", "naszego", "b\u0119dzie", "oczekujemy", "mile", "widziane", "firmy", "zespole", "zespo\u0142u", "mo\u017Cliwo\u015B\u0107", "j\u0119zyka", "angielskiego", "rozwoju", "stanowisko", "lat", "lata", "bardzo", "dobra", "dobre", "osoba", "os\xF3b", "ofert", "oferty", "klient\xF3w", "czy", "tak\u017Ce", "tak\u017Ce", "pod", "przy", "jej", "ich", "lub", "poszukujemy", "zatrudnienie", "pracodawca"],
  // Vietnamese: the most frequent syllables of postings ("kinh nghiệm", "công việc", "ứng viên")
  vi: ["v\xE0", "c\u1EE7a", "c\xE1c", "c\xF3", "l\xE0", "\u0111\u01B0\u1EE3c", "trong", "v\u1EDBi", "cho", "kh\xF4ng", "ng\u01B0\u1EDDi", "c\xF4ng", "vi\u1EC7c", "l\xE0m", "t\u1EA1i", "theo", "khi", "nh\u1EEFng", "m\u1ED9t", "v\u1EC1", "\u0111\u1EC3", "t\u1EEB", "n\u0103m", "kinh", "nghi\u1EC7m", "l\u01B0\u01A1ng", "\u1EE9ng", "vi\xEAn", "y\xEAu", "c\u1EA7u", "ty", "h\u1ED7", "tr\u1EE3", "nh\xE2n", "\u0111\u1ED9i", "ng\u0169", "m\xF4i", "tr\u01B0\u1EDDng", "th\u01B0\u1EDFng", "quy\u1EC1n", "l\u1EE3i", "m\xF4", "t\u1EA3", "ho\u1EB7c", "tr\xEAn", "ti\u1EBFng", "anh"]
});
var LANGUAGE_LETTERS = dict({
  "\xF1": "es",
  "\xDF": "de",
  "\xE4": "de",
  "\xF6": "de",
  "\xFC": "de",
  "\xE3": "pt",
  "\xF5": "pt",
  "\xEC": "it",
  "\xF2": "it",
  "\u0153": "fr",
  "\xEA": "fr",
  "\xE8": "fr",
  "\xEB": "fr",
  "\xEE": "fr",
  "\xFB": "fr",
  "\xF9": "fr",
  "\u0105": "pl",
  "\u0119": "pl",
  "\u0142": "pl",
  "\u015B": "pl",
  "\u017A": "pl",
  "\u017C": "pl",
  "\u0107": "pl",
  "\u0144": "pl",
  "\u01B0": "vi",
  "\u01A1": "vi",
  "\u0111": "vi",
  "\u0103": "vi"
});
var UNSPACED_SCRIPTS = dict({ han: 2, th: 5 });
var SCRIPT_DEFAULTS = dict({ cyrillic: "ru", arabic: "ar", han: "zh" });
var SCRIPT_LETTERS = dict({
  "\u044B": "ru",
  "\u044D": "ru",
  "\u0451": "ru",
  "\u0456": "uk",
  "\u0457": "uk",
  "\u0454": "uk",
  "\u0491": "uk",
  "\u044A": "bg",
  "\u0452": "sr",
  "\u045B": "sr",
  "\u0458": "sr",
  "\u0459": "sr",
  "\u045A": "sr",
  "\u045F": "sr",
  "\u067E": "fa",
  "\u0686": "fa",
  "\u0698": "fa",
  "\u06AF": "fa",
  "\u06D2": "ur",
  "\u06BA": "ur",
  "\u0679": "ur",
  "\u0688": "ur",
  "\u0691": "ur",
  "\u06BE": "ur"
});

// src/patterns.ts
var NUM_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|ein|einem|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|dois|três|quatro|cinco|uno|due|tre|quattro|cinque|sei|sette|otto|dieci`;
var YEARS_RE = new RegExp(
  String.raw`(?<lead>(?<!\p{L})(?:at least|a minimum of|minimum of|minimum de|minimum|min\.|over|more than|up to|mindestens|mind\.|mehr als|über|au moins|plus de|al menos|mínimo de|mínimo|más de|pelo menos|no mínimo|mais de|almeno|più di|oltre|minimaal|minstens|ten minste|meer dan|co najmniej|przynajmniej|minimum|ponad|powyżej|ít nhất|tối thiểu|trên))?[ \t]{0,3}(?<!\d)(?<!\d[.,])(?<a>\d{1,2}(?:[.,]5)?|\b(?:` + NUM_WORDS + String.raw`))(?:[ \t]?\(\d{1,2}\))?(?:[ \t]{0,2}(?:\+|plus))?(?:[ \t]{0,2}(?:-|–|—|to|a|à|bis|y|and|or|e|et|ou|oder|o|tot|do|đến|até)[ \t]{0,2}(?<b>\d{1,2}|(?:` + NUM_WORDS + String.raw`)\b)(?:[ \t]?\(\d{1,2}\))?)?[ \t]{0,2}\+?[ \t]{0,2}(?:full[ -])?(?<unit>years?|yrs?|yoe|ans?|années?|jahren?|jahr|años?|anos?|anni|anno|months?|mois|monate?n?|meses|mesi|jaar|jaren|maanden|maand|lata|lat|rok|roku|miesięcy|miesiące|năm|tháng|년)(?![\p{L}\p{N}_])(?:'s|')?`,
  "giu"
);
var DURATION_RE = /(\d{1,3}(?:[.,]\d)?)[ \t-]?(minutes?|minuten|minutos|minuti|mins?|m|hours?|hrs?|h|heures?|stunden?|horas?|ore|ora|godzin[ay]?|minut|uur)\b/gi;
var LOC_EMPHASIS_RE = /\*{1,3}|_{2,3}/g;
var LOC_KEY_PREFIX_RE = /^(?:job |work |office )?(?:locations?|standort|arbeitsort|einsatzort|lieu(?: de travail)?|localisation|ubicación|localización|sede|località|localização|city|country|countries)\s{0,3}[:：]\s{0,3}/i;
var LOC_SENTENCE_END_RE = /(?<=\p{Ll}{3}|\)|\b\p{Lu}{2})\.(?=\s\p{Lu})/u;
var LOC_AREA_IN_BRACKETS_RE = /\b(?:remote|anywhere|worldwide|hybrid|télétravail|remoto|homeoffice)\s?[(\[]([^()\[\]]{2,60})[)\]]/gi;
var LOC_AREA_AFTER_DASH_RE = /\b(?:remote|hybrid|on-?site)\s?[-–—:]\s?([\p{L}/,&. ]{2,40})$/iu;
var LOC_WORKPLACE_WORDS_RE = /(?:\b100%\s)?\b(?:fully remote|full remote|remote[- ]first|remote[- ]friendly|remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|offices?|wfh|work from home|work from anywhere|télétravail|homeoffice|home office|remoto|teletrabajo|presencial|híbrido|hybride|vor ort|en remoto|mobiles arbeiten|flexible)\b/gi;
var LOC_PIECE_SPLIT_RE = / ?(?:;|\||·|•|\/) ?| (?:or|and|ou|oder|o|y|und|et|e|&|\+) | [–—-] /gi;
var LOC_ATS_DOTTED_RE = /^(?<country>[A-Z]{2,3})\.(?<region>[A-Z]{2,3})\.(?<city>[\p{L} .'’-]{2,40})$/u;
var LOC_ATS_DASHED_RE = /^(?<country>[A-Z]{2,3})-(?<region>[A-Z]{2,3})-(?<city>[\p{L} .'’-]{2,40})$/u;
var LOC_NOTE_IN_BRACKETS_RE = /\([^()]{0,40}\)/g;
var LOC_ADDRESS_PART_RE = /^\d{1,6}[a-z]?\s\S|\s(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct|parkway|pkwy|highway|hwy)\.?$|^(?:suite|ste|floor|unit|rue|calle|avenida|via|piazza|plaza de|ul\.|al\.|rua|av\.|avda\.|viale|corso|carrer)\s|(?:straße|strasse|str\.)(?:\s\d|$)/iu;
var LOC_UK_DISTRICT_RE = /(?<=\p{L}) [A-Z]{1,2}\d{1,2}[A-Z]?$/u;
var LOC_POSTCODE_RE = /\b\d{4,6}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/g;
var LOC_LEADING_PREPOSITION_RE = /^(?:(?:anywhere|everywhere|located|based|candidates|applicants|residing)\s)?(?:in|within|across|throughout|from)\s(?:the\s)?/i;
var LOC_PLACE_NAME_RE = /^[\p{Lu}][\p{L}.'’ -]{1,40}$/u;
var LOC_FLAG_RE = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])\s?([\p{L} .'’-]{0,40})/gu;
var PLACE_RUN = String.raw`((?:[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3})(?:(?:, | or | and | & | y | et | und | ou | o )(?:the )?[\p{Lu}][\p{L}.'’-]{0,25}(?: [\p{Lu}][\p{L}.'’-]{0,25}){0,3}){0,6})`;
var LOC_ROLE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Bb]ased (?:in|out of|at)|[Ll]ocated (?:in|at)|[Ww]ork(?:ing)? (?:from|out of|in|at) (?:our|the) (?:[\p{L}-]+ ){0,2}(?:office|hub|studio|campus|site|hq) (?:in|at)|[Jj]oin (?:our|the) (?:[\p{L}-]+ ){0,3}(?:in|at)|(?:[Rr]emote|[Aa]nywhere|[Cc]andidates|[Aa]pplicants|people|teammates|hiring)(?: [\p{L}-]+){0,3} (?:within|across|throughout|in|from)|[Bb]asée? (?:à|a|en)|[Ss]ituées? (?:à|a|en)|[Mm]it [Ss]itz in|[Ss]tandorte? in|(?:[Aa]rbeitsort|[Ee]insatzort|[Dd]ienstort) (?:ist )?in|con sede en|ubicad[oa] en|sede (?:di|a|in)|baseado em|localizado em)\s(?:the\s|our\s|la\s|le\s|el\s)?` + PLACE_RUN,
  "u"
);
var LOC_OFFICE_STATEMENT_RE = new RegExp(
  String.raw`\b(?:[Hh]eadquartered in|[Hh]eadquarters (?:is |are )?in|HQ (?:is )?in|[Oo]ffices? (?:in|at)|[Hh]ubs? in|[Ss]tudios? in|[Cc]ampus(?:es)? in|Büro|Büros in|Niederlassung in|[Bb]ureaux? (?:à|a|en)|[Oo]ficinas? en|[Uu]ffici(?:o)? (?:a|di|in))\s(?:the\s)?` + PLACE_RUN,
  "u"
);
var LOC_METRO_RE = /^(?:greater|grand|großraum|region)\s|\s(?:bay area|metropolitan area|metropolitan region|metro area|metroplex|metro|area|region|city area|sar|\d{1,3})$/gi;
var LOC_VENUE_RE = /\b(?:library|hospital|clinic|campus|centre|center|building|house|tower|plaza|park|mall|store|shop|office|school|college|university|hotel|station|airport|depot|warehouse|site|hq|headquarters)\b/i;
var LOC_DISTRICT_RE = /^[\p{L}' -]{3,40}$/u;
var LOC_SPACED_STATE_RE = /^(.{2,40}?)\s([A-Z]{2,3})$/;
var LOC_LOWER_WORD_RE = /(?:^|\s)\p{Ll}/gu;
var COUNTRY_LONG_FORM_RE = /,|\(|^(?:the )?(?:republic of|islamic republic|united republic|state of|democratic republic|plurinational)\b|\bfederation\b/i;
var WHITESPACE_SPLIT_RE = /\s+/;
var WHITESPACE_RUNS_RE = /\s+/g;
var SINGLE_SPACES_RE = / /g;
var PERIODS_RE = /\./g;
var LEADING_THE_RE = /^the\s+/i;
var BRACKETS_RE = /[()[\]]/g;
var DURATION_IN_NAME_RE = new RegExp(
  String.raw`(?<!\s)\s*\(?(?:\d{1,2}[ \t]?h[ \t]?[0-5]\d(?!\d)|\d{1,3}[ \t]?[’′](?![A-Za-z\d])|` + DURATION_RE.source.replace("[ \\t-]?", "[ \\t]?") + String.raw`)\)?`,
  "gi"
);
var UPPER_CODE_RE = /^[A-Z]{2,3}$/;
var LOC_EDGE_PUNCT_RE = /^[\s.:;()\-–—]+|(?<![\s.:;()\-–—])[\s.:;()\-–—]+$/g;
var LOC_AREA_SPLIT_RE = /(?<!\s)\s*(?:\/|,|\bor\b|&|\+)(?:\s+(?![\s\/,&+]|or\b))?/i;
var LOC_PIECE_EDGE_RE = /^[\s,.:;)-]+(?:\([\s,.:;(-]*$)?|(?<![\s,.:;(-])[\s,.:;(-]+$/g;
var ROMAN_PHRASE_RE = /^i+v?$|^iv$/;
var ROMAN_ONE_RE = /\bI\s*(?:$|[(\-–,|])/;
var ROMAN_LEVEL_RES = new Map(
  SENIORITY.filter(([phrase]) => ROMAN_PHRASE_RE.test(phrase)).map(([phrase]) => [phrase, phrase === "i" ? ROMAN_ONE_RE : new RegExp(`\\b${phrase.toUpperCase()}\\b`)])
);
var LOC_ARRONDISSEMENT_RE = /^(\p{L}[\p{L} '’-]{1,40}?)[ \t]{1,2}\d{1,2}[ \t]?(?:e|er|ème|eme|è|è)(?:[ \t]{1,2}arr(?:ondissement|\.)?)?$/u;
var LOC_ORGANISATION_WORD_RE = /\b(?:department|dept|ministry|agency|bureau|commission|board|council|office|authority|division|services|university|hospital|school|college|court|headquarters|corporation|company|inc|llc|ltd|gmbh|elections|registrar|clerk)\b/i;

// src/fields/countries.ts
import countries from "i18n-iso-countries/index.js";
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import it from "i18n-iso-countries/langs/it.json" with { type: "json" };
import pt from "i18n-iso-countries/langs/pt.json" with { type: "json" };
var BY_NAME = /* @__PURE__ */ new Map();
var UPPER_ALIASES = /* @__PURE__ */ new Map();
for (const locale of [en, fr, de, es, pt, it]) countries.registerLocale(locale);
for (const lang of ["en", "fr", "de", "es", "pt", "it"]) {
  const names = countries.getNames(lang, { select: "all" });
  for (const [code, list] of Object.entries(names)) {
    for (const n of list) {
      if (n.replace(PERIODS_RE, "").length <= 3) UPPER_ALIASES.set(n.replace(PERIODS_RE, ""), code);
      else if (!BY_NAME.has(n.toLowerCase())) BY_NAME.set(n.toLowerCase(), code);
    }
  }
}
for (const [n, code] of [["england", "GB"], ["scotland", "GB"], ["wales", "GB"], ["holland", "NL"], ["the netherlands", "NL"], ["deutschland", "DE"], ["espa\xF1a", "ES"], ["south korea", "KR"], ["russia", "RU"], ["czechia", "CZ"], ["czech republic", "CZ"], ["t\xFCrkiye", "TR"], ["turkey", "TR"], ["vietnam", "VN"], ["the united states", "US"], ["the uk", "GB"], ["united states of america", "US"], ["britain", "GB"], ["great britain", "GB"], ["\xF6sterreich", "AT"], ["schweiz", "CH"], ["suisse", "CH"], ["srbija", "RS"], ["uae", "AE"]]) {
  BY_NAME.set(n, code);
}
for (const [n, code] of [["UK", "GB"], ["USA", "US"], ["US", "US"], ["UAE", "AE"], ["KSA", "SA"]]) UPPER_ALIASES.set(n, code);
var SHORT_OVERRIDES = dict({
  US: "United States",
  GB: "United Kingdom",
  KR: "South Korea",
  KP: "North Korea",
  RU: "Russia",
  VN: "Vietnam",
  SY: "Syria",
  MD: "Moldova",
  LA: "Laos",
  CZ: "Czechia",
  CD: "DR Congo",
  BN: "Brunei",
  VA: "Vatican City",
  VG: "British Virgin Islands",
  VI: "U.S. Virgin Islands",
  FM: "Micronesia",
  FK: "Falkland Islands",
  MF: "Saint Martin",
  SX: "Sint Maarten",
  MO: "Macau",
  BQ: "Caribbean Netherlands",
  CV: "Cape Verde"
});
var SHORT_NAMES = dict({});
for (const [code, list] of Object.entries(countries.getNames("en", { select: "all" }))) {
  const short = list.filter((n) => n.replace(PERIODS_RE, "").length > 3 && !COUNTRY_LONG_FORM_RE.test(n)).sort((a, b) => a.length - b.length)[0];
  SHORT_NAMES[code] = SHORT_OVERRIDES[code] ?? (list[0] && !COUNTRY_LONG_FORM_RE.test(list[0]) ? list[0] : short ?? list[0]);
}
function countryCode(name) {
  const t = name.trim().replace(LEADING_THE_RE, "");
  if (t.length === 0) return null;
  const upper = UPPER_ALIASES.get(t.replace(PERIODS_RE, ""));
  if (upper && t === t.toUpperCase()) return upper;
  return BY_NAME.get(t.toLowerCase()) ?? BY_NAME.get(name.trim().toLowerCase()) ?? null;
}
function countryName(code) {
  return SHORT_NAMES[code] ?? countries.getName(code, "en") ?? null;
}
function isCountryCode(code) {
  return countries.isValid(code);
}
function isoCode(code) {
  const t = code.trim().toUpperCase();
  if (t.length === 2) return countries.isValid(t) ? t : null;
  if (t.length === 3) return countries.alpha3ToAlpha2(t) ?? null;
  return null;
}

// src/fields/location.ts
var US_STATE_NAMES = new Map(Object.entries(US_STATES).map(([k, v]) => [v.toLowerCase(), k]));
var CA_PROVINCE_NAMES = new Map(Object.entries(CA_PROVINCES).map(([k, v]) => [v.toLowerCase(), k]));
var AREA_SET = new Set(AREAS);
var NOT_PLACE_SET = new Set(NOT_PLACES);
var CITY_STATE_NAMES = new Map(Object.entries(CITY_STATES).map(([k, v]) => [v.toLowerCase(), k]));
var AND_NAMES = ["bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "saint kitts and nevis", "st kitts and nevis", "saint vincent and the grenadines", "sao tome and principe", "s\xE3o tom\xE9 and pr\xEDncipe", "turks and caicos islands", "newfoundland and labrador", "heard island and mcdonald islands", "wallis and futuna", "svalbard and jan mayen", "saint pierre and miquelon", "us and canada", "europe and the uk", "uk and europe"];
var JOINER = "";
function classify(token) {
  const raw = token.trim();
  const t = CITIES[raw.toLowerCase()] ? raw : raw.replace(LEADING_THE_RE, "");
  const lower = t.toLowerCase();
  if (AREA_SET.has(lower) || AREA_SET.has(raw.toLowerCase())) return { kind: "area", loc: loc(raw, null, null, null) };
  const cityState = CITY_STATE_NAMES.get(lower);
  if (cityState) return { kind: "city", loc: loc(raw, CITY_STATES[cityState], null, cityState) };
  const cc = countryCode(t);
  if (cc) return { kind: "country", loc: loc(raw, null, null, cc) };
  const city = CITIES[lower];
  if (city && (t.length > 3 || t === t.toUpperCase())) return { kind: "city", loc: loc(raw, t.length <= 4 && t === t.toUpperCase() ? city[0] : t, city[2] ?? null, city[1]) };
  const us = US_STATE_NAMES.get(lower);
  if (us) return { kind: "region", loc: loc(raw, null, t, "US") };
  const ca = CA_PROVINCE_NAMES.get(lower);
  if (ca) return { kind: "region", loc: loc(raw, null, t, "CA") };
  const other = OTHER_REGIONS[lower];
  if (other) return { kind: "region", loc: loc(raw, null, t, other) };
  return { kind: "unknown", loc: loc(raw, null, null, null) };
}
function loc(raw, city, region, cc) {
  return { raw, city, region, country: cc ? countryName(cc) : null, countryCode: cc };
}
function regionOf(token, cityToken) {
  const t = token.trim();
  const cityCc = cityToken ? CITIES[cityToken.trim().toLowerCase()]?.[1] ?? null : null;
  if (UPPER_CODE_RE.test(t)) {
    const options = [];
    if (US_STATES[t]) options.push("US");
    if (CA_PROVINCES[t]) options.push("CA");
    if (AU_STATES[t]) options.push("AU");
    if (t === "CA" && cityCc === "CA") return { region: null, cc: "CA" };
    if (cityCc === "BR" && BR_STATES[t]) return { region: t, cc: "BR" };
    if (cityCc && options.includes(cityCc)) return { region: t, cc: cityCc };
    if (options.length) return { region: t, cc: options[0] };
    return null;
  }
  const lower = t.toLowerCase();
  if (US_STATE_NAMES.has(lower)) return { region: t, cc: "US" };
  if (CA_PROVINCE_NAMES.has(lower)) return { region: t, cc: "CA" };
  const other = OTHER_REGIONS[lower];
  if (other && (!CITIES[lower] || cityCc === other)) return { region: t, cc: other };
  return null;
}
function looksLikePlaceName(t) {
  return LOC_PLACE_NAME_RE.test(t) && t.split(WHITESPACE_SPLIT_RE).length <= 4;
}
function segment(parts, strict, address = false) {
  const out = [];
  let i = 0;
  while (i < parts.length) {
    const p = parts[i];
    const next = parts[i + 1];
    const next2 = parts[i + 2];
    const here = classify(p);
    const known = CITIES[p.toLowerCase()];
    const cityName = known && p.length <= 4 && p === p.toUpperCase() ? known[0] : here.kind === "city" ? here.loc.city ?? p : p;
    const cityOk = here.kind === "city" || here.kind === "unknown" && looksLikePlaceName(p);
    const raw = (n) => parts.slice(i, i + n).join(", ");
    const ccNext = next !== void 0 ? countryCode(next) : null;
    const cityInNext = here.kind === "city" && next !== void 0 && (ccNext !== null && here.loc.countryCode === ccNext || next === here.loc.countryCode);
    const reg = next !== void 0 && cityOk && !cityInNext ? regionOf(next, p) : null;
    if (reg) {
      const ccNext22 = next2 !== void 0 ? countryCode(next2) : null;
      const n = ccNext22 && (ccNext22 === reg.cc || !reg.region) ? 3 : 2;
      out.push({ raw: raw(n), city: cityName, region: reg.region, country: countryName(reg.cc), countryCode: reg.cc });
      i += n;
      continue;
    }
    if ((ccNext || cityInNext) && cityOk && here.kind !== "region") {
      const cc = ccNext ?? here.loc.countryCode;
      out.push({ raw: raw(2), city: cityName, region: here.kind === "city" && here.loc.countryCode === cc ? here.loc.region : null, country: countryName(cc), countryCode: cc });
      i += 2;
      continue;
    }
    if (ccNext && here.kind === "region" && here.loc.countryCode === ccNext) {
      out.push({ ...here.loc, raw: raw(2) });
      i += 2;
      continue;
    }
    const ccNext2 = next2 !== void 0 ? countryCode(next2) : null;
    if (ccNext2 && cityOk && next !== void 0 && looksLikePlaceName(next) && classify(next).kind !== "country" && !(here.kind === "unknown" && classify(next).kind === "city")) {
      out.push({ raw: raw(3), city: cityName, region: next, country: countryName(ccNext2), countryCode: ccNext2 });
      i += 3;
      continue;
    }
    if (here.kind === "city" && next !== void 0 && next2 === void 0 && classify(next).kind === "unknown" && LOC_DISTRICT_RE.test(next) && next.split(" ").length <= 3) {
      out.push({ ...here.loc, raw: raw(2), region: next });
      i += 2;
      continue;
    }
    if (here.kind !== "unknown") {
      out.push(here.loc);
      i += 1;
      continue;
    }
    const districtFirst = !strict || address || i === 0 && next !== void 0 && !PROSE_UNSAFE_CITIES.has(next.toLowerCase());
    const cityNext = districtFirst && next !== void 0 && looksLikePlaceName(p) && !LOC_ORGANISATION_WORD_RE.test(p) ? classify(next) : null;
    if (cityNext && cityNext.kind === "city" && (next2 === void 0 || countryCode(next2) === cityNext.loc.countryCode)) {
      const n = next2 === void 0 ? 2 : 3;
      out.push({ ...cityNext.loc, raw: raw(n) });
      i += n;
      continue;
    }
    const spaced = LOC_SPACED_STATE_RE.exec(p);
    const spacedReg = spaced && (classify(spaced[1]).kind === "city" || looksLikePlaceName(spaced[1])) ? regionOf(spaced[2], spaced[1]) : null;
    if (spaced && spacedReg) {
      const c = classify(spaced[1]);
      out.push({ raw: raw(1), city: c.kind === "city" ? c.loc.city ?? spaced[1] : spaced[1], region: spacedReg.region, country: countryName(spacedReg.cc), countryCode: spacedReg.cc });
      i += 1;
      continue;
    }
    if (!strict && looksLikePlaceName(p) && parts.length === 1 && !LOC_ORGANISATION_WORD_RE.test(p)) {
      out.push(loc(p, p, null, null));
      i += 1;
      continue;
    }
    return null;
  }
  return absorb(out);
}
function absorb(list) {
  const out = [];
  for (const l of list) {
    const prev = out[out.length - 1];
    const repeatsCountry = prev && l.countryCode === prev.countryCode && l.city === null && prev.countryCode !== null;
    const repeatsCity = prev && l.city !== null && prev.city !== null && canonical(l.city) === canonical(prev.city) && l.countryCode === prev.countryCode;
    if (prev && (repeatsCountry || repeatsCity)) {
      out[out.length - 1] = { ...prev, raw: `${prev.raw}, ${l.raw}`, region: prev.region ?? (prev.city ? l.region : prev.region) };
      continue;
    }
    out.push(l);
  }
  return out;
}
function canonical(city) {
  return CITIES[city.toLowerCase()]?.[0] ?? city;
}
function parsePiece(piece, strict) {
  const raw = piece.trim();
  const ats = LOC_ATS_DOTTED_RE.exec(raw) ?? LOC_ATS_DASHED_RE.exec(raw);
  if (ats && ats.groups) {
    const cc = countryCode(ats.groups.country) ?? isoCode(ats.groups.country);
    const reg = regionOf(ats.groups.region, ats.groups.city);
    if (cc && (reg?.cc === cc || !reg)) return [{ raw, city: ats.groups.city.trim(), region: ats.groups.region, country: countryName(cc), countryCode: cc }];
  }
  const chain = raw.split("-");
  if (chain.length >= 3 && !raw.includes(" - ")) {
    const cc = countryCode(chain[0].trim());
    const city = chain.slice(2).join("-").trim();
    if (cc && classify(city).kind === "city") return [{ raw, city: canonical(city), region: chain[1].trim(), country: countryName(cc), countryCode: cc }];
  }
  const all = raw.split(",");
  const parts = all.map((p) => cleanPart(p)).filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  const address = LOC_ADDRESS_PART_RE.test(all[0].trim());
  const first = countryCode(parts[0]);
  if (first && parts.length === 3 && regionOf(parts[1], parts[2])?.cc === first && !countryCode(parts[2])) {
    return [{ raw, city: parts[2], region: parts[1], country: countryName(first), countryCode: first }];
  }
  const run = segment(parts, strict, address);
  if (run) {
    if (run.length === 1 && isPlace(run[0])) run[0] = { ...run[0], raw: raw.replace(LOC_LEADING_PREPOSITION_RE, "") };
    return run;
  }
  if (strict) return [];
  for (let j = parts.length - 1; j >= 1; j--) {
    const c = classify(parts[j]);
    if (c.kind !== "region" && c.kind !== "country") continue;
    const town = parts[j - 1];
    if (!looksLikePlaceName(town) || classify(town).kind === "country" || LOC_VENUE_RE.test(town)) return [];
    const cc = c.loc.countryCode;
    return [{ raw, city: town, region: c.kind === "region" ? parts[j] : null, country: cc ? countryName(cc) : null, countryCode: cc }];
  }
  return [];
}
function cleanPart(part) {
  let p = part.replace(new RegExp(LOC_NOTE_IN_BRACKETS_RE.source, LOC_NOTE_IN_BRACKETS_RE.flags), " ").replace(BRACKETS_RE, " ").trim();
  const withoutCode = p.replace(new RegExp(LOC_POSTCODE_RE.source, LOC_POSTCODE_RE.flags), " ").replace(WHITESPACE_RUNS_RE, " ").trim().replace(LOC_UK_DISTRICT_RE, "");
  if (LOC_ADDRESS_PART_RE.test(p) && classify(withoutCode).kind === "unknown") return "";
  p = withoutCode;
  if (classify(p).kind === "unknown") p = p.replace(LOC_LEADING_PREPOSITION_RE, "").trim();
  const core = p.replace(LOC_METRO_RE, "").trim();
  if (core !== p && core.length >= 2 && classify(core).kind !== "unknown") p = core;
  p = p.replace(LOC_EDGE_PUNCT_RE, "");
  const arr = LOC_ARRONDISSEMENT_RE.exec(p);
  if (arr && classify(arr[1]).kind === "city") p = arr[1];
  if (NOT_PLACE_SET.has(p.toLowerCase())) return "";
  return p;
}
function parseFlagCountries(text) {
  const out = [];
  const re = new RegExp(LOC_FLAG_RE.source, LOC_FLAG_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = String.fromCharCode(m[1].codePointAt(0) - 127462 + 65, m[2].codePointAt(0) - 127462 + 65);
    if (!isCountryCode(code)) continue;
    const name = (m[3] ?? "").trim();
    out.push(loc(name || code, CITY_STATES[code] ?? null, null, code));
  }
  return dedupe(out);
}
function parseLocations(text, options = {}) {
  const strict = options.strict === true;
  const out = [];
  let s = text.replace(new RegExp(LOC_EMPHASIS_RE.source, LOC_EMPHASIS_RE.flags), " ").replace(WHITESPACE_RUNS_RE, " ").trim();
  if (s.length === 0) return out;
  if (s.length > 600) s = s.slice(0, 600);
  const flags = parseFlagCountries(s);
  if (flags.length) return flags;
  s = s.replace(LOC_KEY_PREFIX_RE, "");
  const colon = s.indexOf(": ");
  if (colon > 0 && colon <= 80 && (s.slice(0, colon).match(new RegExp(LOC_LOWER_WORD_RE.source, LOC_LOWER_WORD_RE.flags))?.length ?? 0) >= 2 && parseLocations(s.slice(0, colon), { strict: true }).length === 0) s = s.slice(colon + 2);
  const end = LOC_SENTENCE_END_RE.exec(s);
  if (end) s = s.slice(0, end.index + 1);
  if (s.length > 300) return out;
  const areas = [];
  s = s.replace(new RegExp(LOC_AREA_IN_BRACKETS_RE.source, LOC_AREA_IN_BRACKETS_RE.flags), (_m, inner) => {
    areas.push(inner);
    return " ; ";
  });
  s = s.replace(LOC_AREA_AFTER_DASH_RE, (_m, inner) => {
    areas.push(inner);
    return " ; ";
  });
  s = s.replace(new RegExp(LOC_WORKPLACE_WORDS_RE.source, LOC_WORKPLACE_WORDS_RE.flags), " ; ");
  let joined = s;
  const lower = s.toLowerCase();
  for (const n of AND_NAMES) {
    const i = lower.indexOf(n);
    if (i >= 0) joined = joined.slice(0, i) + joined.slice(i, i + n.length).replace(SINGLE_SPACES_RE, JOINER) + joined.slice(i + n.length);
  }
  const pieces = joined.split(new RegExp(LOC_PIECE_SPLIT_RE.source, LOC_PIECE_SPLIT_RE.flags));
  for (const area of areas) pieces.push(...area.split(LOC_AREA_SPLIT_RE));
  for (const rawPiece of pieces) {
    const piece = rawPiece.split(JOINER).join(" ").replace(LOC_PIECE_EDGE_RE, "");
    if (piece.length < 2) continue;
    const last = out[out.length - 1];
    const [head, ...tail] = piece.split(",");
    const state = last?.city && last.countryCode ? cleanPart(head) : "";
    const sameCountry = tail.every((t) => countryCode(cleanPart(t)) === last?.countryCode);
    if (state && (!last.region || last.region === state) && sameCountry && regionOf(state, last.city)?.cc === last.countryCode && classify(state).kind !== "city") {
      const from = s.indexOf(last.raw);
      const to = from >= 0 ? s.indexOf(state, from + last.raw.length) : -1;
      out[out.length - 1] = { ...last, region: state, raw: to >= 0 ? s.slice(from, to + state.length) : `${last.raw} ${state}` };
      continue;
    }
    const found = parsePiece(piece, strict);
    if (strict && found.length === 0 && (piece.match(new RegExp(LOC_LOWER_WORD_RE.source, LOC_LOWER_WORD_RE.flags))?.length ?? 0) >= 3) return [];
    out.push(...found);
  }
  const towns = out.filter((l) => !(l.region === null && l.countryCode === null && l.city !== null && LOC_VENUE_RE.test(l.raw)));
  const kept = towns.length > 0 ? towns : out;
  return dedupe(kept.filter((l, k) => !(l.city === null && l.countryCode !== null && countryCode(l.raw.trim()) !== null && kept[k + 1]?.city && kept[k + 1].countryCode === l.countryCode)));
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const l of list) {
    const key = `${(l.city ?? "").toLowerCase()}|${l.countryCode ?? ""}|${l.city || l.region || l.countryCode ? "" : l.raw.toLowerCase()}|${l.city ? "" : (l.region ?? "").toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
  }
  return out;
}
function isPlace(l) {
  return l.city !== null || l.region !== null || l.countryCode !== null;
}

// ../../tmp/dbg/loc.ts
for (const s of process.argv.slice(2)) console.log(JSON.stringify(s), "\u2192", JSON.stringify(parseLocations(s)), "| strict:", JSON.stringify(parseLocations(s, { strict: true }).map((l) => [l.city, l.region, l.countryCode])));
