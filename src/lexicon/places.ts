import { dict } from "./dict.js";
/** US states, Canadian provinces and Australian states: code → name. Data only. */
export const US_STATES: Record<string, string> = dict({
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa",
  KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan",
  MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma",
  OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee",
  TX: "Texas", UT: "Utah", VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin",
  WY: "Wyoming", DC: "District of Columbia", PR: "Puerto Rico",
});
export const CA_PROVINCES: Record<string, string> = dict({
  AB: "Alberta", BC: "British Columbia", MB: "Manitoba", NB: "New Brunswick", NL: "Newfoundland and Labrador",
  NS: "Nova Scotia", NT: "Northwest Territories", NU: "Nunavut", ON: "Ontario", PE: "Prince Edward Island",
  QC: "Quebec", SK: "Saskatchewan", YT: "Yukon",
});
export const AU_STATES: Record<string, string> = dict({
  NSW: "New South Wales", VIC: "Victoria", QLD: "Queensland", WA: "Western Australia", SA: "South Australia",
  TAS: "Tasmania", ACT: "Australian Capital Territory", NT: "Northern Territory",
});
/** Brazilian states (UF), read only beside a Brazilian city ("Campinas - SP", "Curitiba/PR"): code → name. */
export const BR_STATES: Record<string, string> = dict({
  AC: "Acre", AL: "Alagoas", AP: "Amapá", AM: "Amazonas", BA: "Bahia", CE: "Ceará", DF: "Distrito Federal", ES: "Espírito Santo",
  GO: "Goiás", MA: "Maranhão", MT: "Mato Grosso", MS: "Mato Grosso do Sul", MG: "Minas Gerais", PA: "Pará", PB: "Paraíba",
  PR: "Paraná", PE: "Pernambuco", PI: "Piauí", RJ: "Rio de Janeiro", RN: "Rio Grande do Norte", RS: "Rio Grande do Sul",
  RO: "Rondônia", RR: "Roraima", SC: "Santa Catarina", SP: "São Paulo", SE: "Sergipe", TO: "Tocantins",
});

/** Regions inside a country that postings name beside a city ("Leeds, West Yorkshire"). */
export const OTHER_REGIONS: Record<string, string> = dict({
  "west yorkshire": "GB", "south yorkshire": "GB", "north yorkshire": "GB", "greater london": "GB", "greater manchester": "GB",
  "west midlands": "GB", "east midlands": "GB", "merseyside": "GB", "surrey": "GB", "kent": "GB", "essex": "GB", "hampshire": "GB",
  "berkshire": "GB", "oxfordshire": "GB", "cambridgeshire": "GB", "lancashire": "GB", "cheshire": "GB", "scotland": "GB",
  "wales": "GB", "england": "GB", "northern ireland": "GB", "county dublin": "IE", "co. dublin": "IE", "county cork": "IE",
  "bavaria": "DE", "bayern": "DE", "hessen": "DE", "hesse": "DE", "nrw": "DE", "nordrhein-westfalen": "DE",
  "north rhine-westphalia": "DE", "baden-württemberg": "DE", "baden-wurttemberg": "DE", "sachsen": "DE", "saxony": "DE",
  "thüringen": "DE", "thuringia": "DE", "niedersachsen": "DE", "lower saxony": "DE", "schleswig-holstein": "DE",
  "rheinland-pfalz": "DE", "brandenburg": "DE", "steiermark": "AT", "styria": "AT", "tirol": "AT", "tyrol": "AT",
  "oberösterreich": "AT", "niederösterreich": "AT", "kärnten": "AT", "île-de-france": "FR", "ile-de-france": "FR",
  "auvergne-rhône-alpes": "FR", "provence-alpes-côte d'azur": "FR", "occitanie": "FR", "nouvelle-aquitaine": "FR",
  "hauts-de-france": "FR", "bretagne": "FR", "brittany": "FR", "normandie": "FR", "normandy": "FR", "grand est": "FR",
  "pays de la loire": "FR", "catalonia": "ES", "cataluña": "ES", "catalunya": "ES", "comunidad de madrid": "ES",
  "andalucía": "ES", "andalusia": "ES", "país vasco": "ES", "basque country": "ES", "galicia": "ES", "lombardia": "IT",
  "lombardy": "IT", "lazio": "IT", "piemonte": "IT", "piedmont": "IT", "veneto": "IT", "emilia-romagna": "IT", "toscana": "IT",
  "tuscany": "IT", "noord-holland": "NL", "north holland": "NL", "zuid-holland": "NL", "south holland": "NL",
  "new south wales": "AU", "victoria": "AU", "queensland": "AU", "western australia": "AU", "south australia": "AU",
  "tasmania": "AU", "karnataka": "IN", "maharashtra": "IN", "telangana": "IN", "tamil nadu": "IN", "haryana": "IN",
  "uttar pradesh": "IN", "kerala": "IN", "gujarat": "IN", "west bengal": "IN", "são paulo": "BR", "minas gerais": "BR",
  "metro manila": "PH", "ncr": "PH", "zurich": "CH", "vaud": "CH", "bavière": "DE",
});

/** Applicant regions that are not one country: kept as `raw`, with no city. */
export const AREAS = [
  "emea", "apac", "latam", "amer", "amers", "americas", "europe", "eu", "european union", "eea", "north america",
  "south america", "central america", "latin america", "asia", "africa", "middle east", "oceania", "worldwide", "anywhere",
  "global", "globally", "nordics", "nordic countries", "scandinavia", "dach", "benelux", "baltics", "balkans", "cet", "cest",
  "est", "pst", "uk/eu", "eu/uk", "anywhere in the world", "asia pacific", "asia-pacific", "mena", "sea", "southeast asia",
  "south east asia", "western europe", "eastern europe", "central europe", "northern europe", "southern europe", "cee",
  "ssa", "sub-saharan africa", "gcc", "anz", "us/canada", "us & canada", "usa/canada", "international", "europa", "weltweit",
  "international", "monde", "partout dans le monde", "américa latina", "latinoamérica", "emea region", "apac region",
];

/** Words a Location field holds that name no place ("Multiple locations", "Various"). */
export const NOT_PLACES = [
  "multiple locations", "multiple", "various", "various locations", "flexible", "n/a", "na", "tbd", "tba", "negotiable",
  "any", "not specified", "see description", "home", "field", "field-based", "travel", "several locations", "other",
  "diverse", "mehrere standorte", "plusieurs sites", "varios", "varias ubicaciones", "home based", "home-based", "nationwide",
  "countrywide", "in person", "in-person", "on the road", "to be determined", "deutschlandweit", "bundesweit", "toute la france",
];

/** Countries whose capital is the country: "Singapore" names the city and the country. */
export const CITY_STATES: Record<string, string> = dict({
  SG: "Singapore", HK: "Hong Kong", MO: "Macau", MC: "Monaco", VA: "Vatican City", GI: "Gibraltar", LU: "Luxembourg",
});

/**
 * Cities that are also everyday words or names ("Reading", "Nice", "Essen", "Zug"): read as places
 * only in a location field, never from prose.
 */
export const PROSE_UNSAFE_CITIES = new Set([
  "reading", "bath", "nice", "split", "essen", "halle", "zug", "mobile", "victoria", "regina", "hamilton", "york", "lincoln",
  "sofia", "cali", "bali", "piła", "huế", "sucre", "trinidad", "palma", "faro", "porto", "cork", "durham", "madison", "providence", "jackson", "aurora", "golden",
  "salem", "columbia", "springfield", "bloomington", "derby", "chester", "mons", "sion", "chur", "tours", "pau", "nancy",
  "valence", "cambridge", "richmond", "kingston", "windsor", "portland", "gilbert", "mesa", "chandler", "henderson", "carmel",
  "cary", "everett", "eugene", "irving", "plano", "savannah", "baden", "salvador", "leon", "león", "como", "bergen", "hamm",
  "marl", "moers", "hagen", "herne", "siegen", "wels", "surat", "plymouth", "montgomery", "lexington", "charleston",
  "arlington", "alexandria", "waterloo", "burlington", "laval", "la", "sf", "dc", "bgc", "ncr", "cebu", "santiago", "cartagena",
  "córdoba", "valencia", "lima", "mérida", "sandton", "marbella", "girona", "trento", "parma", "ancona", "pisa", "bari",
]);

/**
 * Cities postings name alone, with their country (and state or province where one is customary):
 * the largest job markets of each continent. `Name@ST=alias=alias`; lowercase keys; local names included.
 */
export const CITIES: Record<string, [string, string, string?]> = dict({});
const add = (cc: string, list: string) => {
  for (const entry of list.split("|")) {
    const [head, ...aliases] = entry.split("=");
    const [name, region] = head.split("@");
    for (const n of [name, ...aliases]) if (!CITIES[n.toLowerCase()]) CITIES[n.toLowerCase()] = [name, cc, region];
  }
};
add("US", "New York@NY=NYC=New York City=Manhattan|San Francisco@CA=SF|Los Angeles@CA=LA|Seattle@WA|Austin@TX|Boston@MA|Chicago@IL|Denver@CO|Atlanta@GA|Miami@FL|Dallas@TX|Houston@TX|Washington@DC=Washington DC=Washington D.C.=DC|Philadelphia@PA|Phoenix@AZ|San Diego@CA|San Jose@CA|Portland@OR|Minneapolis@MN|Detroit@MI|Pittsburgh@PA|Baltimore@MD|Nashville@TN|Raleigh@NC|Charlotte@NC|Salt Lake City@UT|Las Vegas@NV|Orlando@FL|Tampa@FL|Columbus@OH|Cincinnati@OH|Cleveland@OH|Indianapolis@IN|Kansas City@MO|St. Louis@MO=Saint Louis=St Louis|Milwaukee@WI|Sacramento@CA|Oakland@CA|Palo Alto@CA|Mountain View@CA|Menlo Park@CA|Sunnyvale@CA|Santa Clara@CA|Cupertino@CA|Redwood City@CA|San Mateo@CA|Brooklyn@NY|Jersey City@NJ|Boulder@CO|Bellevue@WA|Redmond@WA|Kirkland@WA|Irvine@CA|Santa Monica@CA|Honolulu@HI|Anchorage@AK|New Orleans@LA|Richmond@VA|Reston@VA|Arlington@VA|Cambridge@MA|Somerville@MA|Ann Arbor@MI|Madison@WI|Durham@NC|Chapel Hill@NC|Providence@RI|Hartford@CT|Stamford@CT|Newark@NJ|Albany@NY|Buffalo@NY|Rochester@NY|Omaha@NE|Des Moines@IA|Louisville@KY|Memphis@TN|Oklahoma City@OK|Tulsa@OK|Albuquerque@NM|Tucson@AZ|El Paso@TX|San Antonio@TX|Fort Worth@TX|Plano@TX|Irving@TX|Scottsdale@AZ|Tempe@AZ|Boise@ID|Spokane@WA|Tacoma@WA|Fremont@CA|Emeryville@CA|Berkeley@CA|South San Francisco@CA|Lehi@UT|Provo@UT|Hoboken@NJ|Fort Lauderdale@FL|Jacksonville@FL|Charleston@SC|Greenville@SC|Knoxville@TN|Chattanooga@TN|Lexington@KY|Dayton@OH|Toledo@OH|Grand Rapids@MI|Lansing@MI|Minnetonka@MN|St. Paul@MN=Saint Paul|Herndon@VA|McLean@VA|Alexandria@VA|Bethesda@MD|Rockville@MD|Princeton@NJ|New Haven@CT|Burlington@VT|Worcester@MA|Waltham@MA|Santa Barbara@CA|Pasadena@CA|Long Beach@CA|Burbank@CA|Culver City@CA|El Segundo@CA|Playa Vista@CA|San Bernardino@CA|Riverside@CA|Fresno@CA|Bakersfield@CA|Reno@NV|Henderson@NV|Colorado Springs@CO|Fort Collins@CO|Golden@CO|Aurora@CO|Chandler@AZ|Mesa@AZ|Gilbert@AZ|Frisco@TX|Round Rock@TX|Corpus Christi@TX|Baton Rouge@LA|Little Rock@AR|Jackson@MS|Mobile@AL|Huntsville@AL|Montgomery@AL|Savannah@GA|Alpharetta@GA|Columbia@SC|Greensboro@NC|Winston-Salem@NC|Cary@NC|Morrisville@NC|Norfolk@VA|Virginia Beach@VA|Wilmington@DE|Harrisburg@PA|Allentown@PA|Syracuse@NY|White Plains@NY|Long Island City@NY|Queens@NY|Bronx@NY|Stamford@CT|Portland, ME@ME|Manchester, NH@NH|Salem@OR|Eugene@OR|Olympia@WA|Everett@WA|Vancouver, WA@WA|Wichita@KS|Overland Park@KS|Lincoln@NE|Sioux Falls@SD|Fargo@ND|Billings@MT|Cheyenne@WY|Santa Fe@NM|St. Petersburg@FL=Saint Petersburg|Boca Raton@FL|West Palm Beach@FL|Tallahassee@FL|Gainesville@FL|Naples, FL@FL|Pensacola@FL|Akron@OH|Evanston@IL|Naperville@IL|Schaumburg@IL|Peoria@IL|Springfield@IL|Fort Wayne@IN|Bloomington@IN|Carmel@IN|Iowa City@IA|Cedar Rapids@IA|Rochester, MN@MN|Eden Prairie@MN|Plymouth@MN");
add("CA", "Toronto@ON|Vancouver@BC|Montreal@QC=Montréal|Ottawa@ON|Calgary@AB|Edmonton@AB|Waterloo@ON|Kitchener@ON|Halifax@NS|Winnipeg@MB|Quebec City@QC=Québec City=Ville de Québec|Victoria@BC|Hamilton@ON|London, ON@ON|Mississauga@ON|Markham@ON|Burnaby@BC|Saskatoon@SK|Regina@SK|Surrey, BC@BC|Richmond, BC@BC|Brampton@ON|Oakville@ON|Guelph@ON|Kingston@ON|Windsor@ON|Laval@QC|Gatineau@QC|Sherbrooke@QC|St. John's@NL|Fredericton@NB|Moncton@NB|Charlottetown@PE|Kelowna@BC|Whitehorse@YT|Yellowknife@NT");
add("GB", "London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Newcastle=Newcastle upon Tyne|Nottingham|Cardiff|Belfast|Oxford|Cambridge, UK|Brighton|Reading|Southampton|Leicester|Coventry|Aberdeen|Milton Keynes|Bath|York|Guildford|Dundee|Swansea|Exeter|Plymouth, UK|Norwich|Cheltenham|Basingstoke|Slough|Watford|Croydon|Canary Wharf|Stockport|Bradford|Derby|Wolverhampton|Sunderland|Middlesbrough|Warrington|Chester|Bournemouth|Portsmouth|Swindon|Northampton|Peterborough|Ipswich|Colchester|Chelmsford|Crawley|Stevenage|Harrogate|Inverness|Stirling");
add("IE", "Dublin|Cork|Galway|Limerick|Waterford");
add("DE", "Berlin|Munich=München|Hamburg|Frankfurt=Frankfurt am Main|Cologne=Köln|Stuttgart|Düsseldorf=Dusseldorf|Leipzig|Dresden|Hannover=Hanover|Nuremberg=Nürnberg|Bremen|Essen|Dortmund|Bonn|Karlsruhe|Mannheim|Heidelberg|Jena|Bielefeld|Münster|Freiburg=Freiburg im Breisgau|Augsburg|Aachen|Kiel|Potsdam|Mainz|Wiesbaden|Regensburg|Erlangen|Darmstadt|Ulm|Würzburg|Rostock|Magdeburg|Erfurt|Saarbrücken|Braunschweig|Osnabrück|Wolfsburg|Ingolstadt|Göttingen|Bochum|Duisburg|Wuppertal|Lübeck|Oldenburg|Kassel|Halle|Chemnitz|Gelsenkirchen|Mönchengladbach|Krefeld|Paderborn|Heilbronn|Pforzheim|Offenbach|Fürth|Koblenz|Trier|Siegen|Hildesheim|Konstanz|Tübingen|Eschborn|Walldorf|Unterschleißheim|Garching|Ludwigshafen|Leverkusen|Neuss|Gütersloh|Reutlingen|Landshut|Passau|Bamberg|Bayreuth|Schwerin|Cottbus|Flensburg|Lüneburg|Hamm|Herne|Solingen|Remscheid|Bottrop|Recklinghausen|Moers|Marl|Hagen|Mülheim an der Ruhr|Oberhausen|Ratingen|Velbert");
add("AT", "Vienna=Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St. Pölten|Dornbirn|Bregenz|Leoben");
add("CH", "Zurich=Zürich|Geneva=Genève=Genf|Basel|Bern|Lausanne|Lucerne=Luzern|Zug|Winterthur|St. Gallen|Lugano|Baden|Schaffhausen|Fribourg|Neuchâtel|Sion|Chur");
add("FR", "Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Nice|Strasbourg|Montpellier|Rennes|Grenoble|Montreuil|Sophia Antipolis|Aix-en-Provence|Boulogne-Billancourt|La Défense|Issy-les-Moulineaux|Levallois-Perret|Neuilly-sur-Seine|Saint-Denis|Nanterre|Rouen|Tours|Dijon|Angers|Clermont-Ferrand|Le Mans|Reims|Brest|Annecy|Metz|Nancy|Orléans|Caen|Limoges|Amiens|Perpignan|Besançon|Poitiers|Pau|La Rochelle|Avignon|Toulon|Saint-Étienne|Versailles|Courbevoie|Puteaux|Massy|Saclay|Vélizy-Villacoublay|Rueil-Malmaison|Saint-Ouen|Clichy|Villeurbanne|Le Havre|Valence|Chambéry|Mulhouse|Colmar|Bayonne|Biarritz|Nîmes|Cergy|Évry|Créteil|Vannes|Lorient|Quimper|Saint-Malo|Niort|Troyes");
add("ES", "Madrid|Barcelona|Valencia|Seville=Sevilla|Bilbao|Málaga=Malaga|Zaragoza|Palma=Palma de Mallorca|Alicante|Granada|Murcia|Valladolid|Vigo|A Coruña=La Coruña|San Sebastián=Donostia|Las Palmas=Las Palmas de Gran Canaria|Santander|Pamplona|Oviedo|Gijón|Córdoba|Salamanca|Santa Cruz de Tenerife|Tarragona|Girona|Lleida|Castellón|Almería|Cádiz|Huelva|Jaén|León|Burgos|Logroño|Vitoria=Vitoria-Gasteiz|Badajoz|Cáceres|Toledo, ES|Sant Cugat del Vallès|Alcobendas|Las Rozas|Getafe|Leganés|Móstoles|Elche|Cartagena|Marbella");
add("PT", "Lisbon=Lisboa|Porto|Braga|Coimbra|Aveiro|Faro|Funchal|Setúbal|Guimarães|Leiria|Évora|Viseu");
add("IT", "Milan=Milano|Rome=Roma|Turin=Torino|Naples=Napoli|Bologna|Florence=Firenze|Venice=Venezia|Genoa=Genova|Padua=Padova|Verona|Bari|Palermo|Trieste|Pisa|Catania|Brescia|Bergamo|Modena|Parma|Reggio Emilia|Perugia|Cagliari|Trento|Bolzano|Udine|Ancona|Pescara|Lecce|Salerno|Como|Monza|Vicenza|Treviso");
add("NL", "Amsterdam|Rotterdam|The Hague=Den Haag|Utrecht|Eindhoven|Groningen|Leiden|Delft|Haarlem|Amstelveen|Nijmegen|Arnhem|Tilburg|Breda|Maastricht|Enschede|Zwolle|Amersfoort|Almere|Hilversum|Hoofddorp|Schiphol|Den Bosch='s-Hertogenbosch|Apeldoorn|Wageningen");
add("BE", "Brussels=Bruxelles=Brussel|Antwerp=Antwerpen=Anvers|Ghent=Gent|Leuven=Louvain|Liège|Bruges=Brugge|Namur|Charleroi|Mechelen|Hasselt|Kortrijk|Wavre|Louvain-la-Neuve|Mons");
add("LU", "Luxembourg City=Luxembourg-Ville");
add("DK", "Copenhagen=København|Aarhus|Odense|Aalborg");
add("SE", "Stockholm|Gothenburg=Göteborg|Malmö=Malmo|Uppsala|Lund|Linköping|Västerås|Örebro|Umeå|Helsingborg|Norrköping|Jönköping");
add("NO", "Oslo|Bergen|Trondheim|Stavanger|Tromsø|Kristiansand");
// Nordic towns boards name alone (lexicon helper): "Kolding · Fuldtid", "Växjö", "Drammen"
add("DK", "Esbjerg|Kolding|Horsens|Vejle|Randers|Roskilde|Herning|Silkeborg|Næstved|Fredericia|Viborg|Hillerød|Lyngby=Kongens Lyngby|Ballerup|Glostrup|Taastrup|Holstebro|Svendborg|Sønderborg|Hørsholm");
add("SE", "Sundsvall|Gävle|Karlstad|Växjö|Halmstad|Luleå|Borås|Eskilstuna|Södertälje|Solna|Kista|Sollentuna|Kalmar|Kristianstad|Skövde|Trollhättan|Östersund|Falun|Nacka|Mölndal");
add("NO", "Drammen|Fredrikstad|Sandnes|Bodø|Ålesund|Lillehammer|Hamar|Tønsberg|Sandvika|Lysaker|Fornebu|Skien|Haugesund|Molde|Kongsberg|Gjøvik|Harstad|Lillestrøm");
add("FI", "Helsinki|Espoo|Tampere|Oulu|Turku|Vantaa|Jyväskylä");
add("IS", "Reykjavik=Reykjavík");
add("EE", "Tallinn|Tartu");
add("LV", "Riga");
add("LT", "Vilnius|Kaunas|Klaipėda");
add("PL", "Warsaw=Warszawa|Krakow=Kraków|Cracow|Wroclaw=Wrocław|Gdansk=Gdańsk|Poznan=Poznań|Lodz=Łódź|Katowice|Gdynia|Szczecin|Lublin|Bydgoszcz|Białystok|Rzeszów|Gliwice|Toruń|Opole|Kielce|Olsztyn|Sopot");
add("CZ", "Prague=Praha|Brno|Ostrava|Plzeň=Pilsen|Olomouc|Liberec|České Budějovice|Hradec Králové|Pardubice");
add("SK", "Bratislava|Košice=Kosice|Žilina|Banská Bystrica|Nitra|Trnava");
add("HU", "Budapest|Debrecen|Szeged|Pécs|Győr|Miskolc");
add("RO", "Bucharest=București=Bukarest|Cluj-Napoca=Cluj|Timișoara=Timisoara|Iași=Iasi|Brașov=Brasov|Constanța|Sibiu|Oradea|Craiova|Galați|Târgu Mureș");
add("BG", "Sofia|Plovdiv|Varna|Burgas|Ruse");
add("RS", "Belgrade=Beograd=Belgrad|Novi Sad|Niš=Nis|Kragujevac|Subotica");
add("HR", "Zagreb|Split|Rijeka|Osijek|Zadar|Dubrovnik");
add("SI", "Ljubljana|Maribor");
add("BA", "Sarajevo|Banja Luka|Mostar|Tuzla");
add("ME", "Podgorica");
add("MK", "Skopje");
add("AL", "Tirana|Durrës");
add("XK", "Pristina=Prishtina");
add("MD", "Chișinău=Chisinau");
add("BY", "Minsk");
add("GR", "Athens=Athen=Athènes|Thessaloniki|Patras|Heraklion");
add("CY", "Limassol|Nicosia|Larnaca|Paphos");
add("MT", "Valletta|Sliema|St. Julian's=St Julians|Birkirkara|Msida|Gżira");
add("TR", "Istanbul=İstanbul|Ankara|Izmir=İzmir|Bursa|Antalya");
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
add("MX", "Mexico City=Ciudad de México=CDMX|Guadalajara|Monterrey|Querétaro|Puebla|Tijuana|Mérida|León, MX|Cancún");
add("BR", "São Paulo=Sao Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Florianópolis|Brasília=Brasilia|Recife|Campinas|Salvador|Fortaleza|Goiânia");
add("AR", "Buenos Aires|Córdoba, AR|Rosario|Mendoza|La Plata");
add("CL", "Santiago|Valparaíso|Concepción");
add("CO", "Bogotá=Bogota|Medellín=Medellin|Cali|Barranquilla|Cartagena, CO|Bucaramanga");
add("PE", "Lima|Arequipa");
add("EC", "Quito|Guayaquil");
add("UY", "Montevideo");
add("PY", "Asunción");
add("BO", "La Paz|Santa Cruz de la Sierra");
add("VE", "Caracas");
add("CR", "San José, CR");
add("PA", "Panama City");
add("GT", "Guatemala City");
add("DO", "Santo Domingo");
add("PR", "San Juan");
add("JM", "Kingston, JM");

// --- the posting's own country evidence (src/fields/country-evidence.ts reads these) ---

/** International calling codes (without "+") and the country each names; "+1" is the US or Canada, read as US. */
export const CALLING_CODES: Record<string, string> = dict({
  "1": "US", "7": "RU", "20": "EG", "27": "ZA", "30": "GR", "31": "NL", "32": "BE", "33": "FR", "34": "ES", "36": "HU", "39": "IT",
  "40": "RO", "41": "CH", "43": "AT", "44": "GB", "45": "DK", "46": "SE", "47": "NO", "48": "PL", "49": "DE", "51": "PE", "52": "MX",
  "53": "CU", "54": "AR", "55": "BR", "56": "CL", "57": "CO", "58": "VE", "60": "MY", "61": "AU", "62": "ID", "63": "PH", "64": "NZ",
  "65": "SG", "66": "TH", "81": "JP", "82": "KR", "84": "VN", "86": "CN", "90": "TR", "91": "IN", "92": "PK", "212": "MA", "213": "DZ",
  "216": "TN", "234": "NG", "254": "KE", "351": "PT", "352": "LU", "353": "IE", "354": "IS", "356": "MT", "357": "CY", "358": "FI",
  "359": "BG", "370": "LT", "371": "LV", "372": "EE", "380": "UA", "381": "RS", "385": "HR", "386": "SI", "387": "BA", "420": "CZ",
  "421": "SK", "502": "GT", "503": "SV", "504": "HN", "505": "NI", "506": "CR", "507": "PA", "591": "BO", "593": "EC", "595": "PY",
  "598": "UY", "852": "HK", "886": "TW", "971": "AE", "972": "IL", "974": "QA", "966": "SA",
});

/** Country-code top-level domains sites use for their own sound ("acme.io", "hire.ai"), which name no country. */
export const VANITY_TLDS = new Set(["io", "ai", "co", "me", "tv", "ly", "gg", "to", "sh", "fm", "am", "so", "la", "cc", "ws", "nu", "tk", "ml", "ga", "cf", "gq", "vc", "gl", "im", "ac", "st", "is", "it", "in", "at", "be", "us", "ms", "md", "tech", "app", "dev", "eu"]);
/** A few vanity domains that are also real countries' sites when the second level says so: "empresa.com.co", "gob.pe". */
export const SECOND_LEVEL_DOMAINS = new Set(["com", "gob", "gov", "org", "net", "edu", "co", "ac", "or", "ne", "gv", "gouv"]);

/** The country a currency is only used in (shared ones such as the euro and the dollar name none). */
export const CURRENCY_COUNTRIES: Record<string, string> = dict({
  PLN: "PL", BRL: "BR", BOB: "BO", ARS: "AR", MXN: "MX", CLP: "CL", COP: "CO", PEN: "PE", UYU: "UY", PYG: "PY", VES: "VE", CRC: "CR",
  GTQ: "GT", DOP: "DO", GBP: "GB", CHF: "CH", SEK: "SE", NOK: "NO", DKK: "DK", CZK: "CZ", HUF: "HU", RON: "RO", BGN: "BG",
  UAH: "UA", TRY: "TR", INR: "IN", VND: "VN", KRW: "KR", JPY: "JP", CNY: "CN", PHP: "PH", THB: "TH", IDR: "ID", MYR: "MY",
  SGD: "SG", HKD: "HK", TWD: "TW", AUD: "AU", NZD: "NZ", CAD: "CA", ZAR: "ZA", NGN: "NG", KES: "KE", ILS: "IL", AED: "AE", SAR: "SA",
  EGP: "EG", MAD: "MA", RSD: "RS", ISK: "IS", PKR: "PK",
});
/** The countries that pay in euros. */
export const EURO_COUNTRIES = ["AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES"];
/** Currency words and signs written beside pay that only one country uses ("zł", "R$", "Bs", "S/", "triệu", "원"). */
export const CURRENCY_SIGN_COUNTRIES: Record<string, string> = dict({
  "zł": "PL", "zl": "PL", "pln": "PL", "r$": "BR", "reais": "BR", "bs": "BO", "bs.": "BO", "bolivianos": "BO", "s/": "PE", "s/.": "PE",
  "soles": "PE", "₫": "VN", "đ": "VN", "vnđ": "VN", "vnd": "VN", "triệu": "VN", "₩": "KR", "원": "KR", "만원": "KR", "£": "GB", "₹": "IN",
  "ars": "AR", "mxn": "MX", "clp": "CL", "cop": "CO", "uyu": "UY", "₲": "PY", "guaraníes": "PY", "quetzales": "GT", "lempiras": "HN",
  "colones": "CR", "₡": "CR",
});

/** Where a language is spoken as the language of job postings: a weak vote among a place's possible countries. */
export const LANGUAGE_COUNTRIES: Record<string, string[]> = dict({
  en: ["US", "GB", "CA", "AU", "IE", "NZ", "SG", "IN", "ZA"], es: ["ES", "MX", "AR", "CO", "CL", "PE", "BO", "EC", "UY", "PY", "VE", "CR", "GT", "DO", "PA", "CU", "HN", "SV", "NI"],
  pt: ["BR", "PT"], fr: ["FR", "BE", "CH", "CA", "LU"], de: ["DE", "AT", "CH"], it: ["IT", "CH"], nl: ["NL", "BE"], pl: ["PL"],
  vi: ["VN"], ko: ["KR"], da: ["DK"], sv: ["SE"], nb: ["NO"],
});

/** Country names that are also words or given names ("Jordan", "Chad", "Georgia" the state): no vote when written alone. */
export const AMBIGUOUS_COUNTRY_NAMES = new Set(["jordan", "chad", "georgia", "turkey", "guinea", "jersey", "niger", "china", "mali", "oman", "peru", "cuba", "togo", "malta", "monaco", "panama", "salvador", "israel", "samoa", "dominica", "island", "bermuda", "réunion", "reunion"]);

/**
 * Town names several countries share, each with its countries in the order read when the posting
 * gives no evidence: "Córdoba" in an Argentine posting is Córdoba, Argentina. `Name@REGION` per country.
 */
export const SHARED_CITY_NAMES: Record<string, [string, string, string?][]> = dict({});
const shared = (name: string, list: string) => {
  SHARED_CITY_NAMES[name.toLowerCase()] = list.split("|").map((e) => {
    const [cc, canonical, region] = e.split(":");
    return [canonical || name, cc, region || undefined] as [string, string, string?];
  });
};
shared("Córdoba", "ES|AR");
shared("Cordoba", "ES:Córdoba|AR:Córdoba");
shared("Santiago", "CL|ES:Santiago de Compostela|DO:Santiago de los Caballeros");
shared("León", "ES|MX|NI");
shared("Leon", "ES:León|MX:León|NI:León");
shared("Valencia", "ES|VE");
shared("Cartagena", "ES|CO");
shared("Mérida", "MX|ES|VE");
shared("Merida", "MX:Mérida|ES:Mérida|VE:Mérida");
shared("Guadalajara", "MX|ES");
shared("Santa Cruz", "BO:Santa Cruz de la Sierra|ES:Santa Cruz de Tenerife|US:Santa Cruz:CA");
shared("La Paz", "BO|MX");
shared("San José", "CR|US:San Jose:CA");
shared("San Jose", "US::CA|CR:San José");
shared("San Juan", "PR|AR");
shared("Concepción", "CL|PY");
shared("Trujillo", "PE|ES");
shared("Toledo", "ES|US::OH");
shared("London", "GB|CA::ON");
shared("Hamilton", "CA::ON|NZ|GB");
shared("Victoria", "CA::BC|AU");
shared("Cambridge", "GB|US::MA");
shared("Newcastle", "GB|AU::NSW");
shared("Perth", "AU::WA|GB");
shared("Birmingham", "GB|US::AL");
shared("Manchester", "GB|US::NH");
shared("Richmond", "US::VA|CA::BC|GB");
shared("Kingston", "JM|CA::ON|GB");
shared("Windsor", "CA::ON|GB");
shared("Vancouver", "CA::BC|US::WA");
shared("Alexandria", "EG|US::VA");
shared("Tripoli", "LY|LB");
shared("Rosario", "AR|UY");
shared("Georgetown", "GY|MY|US::DC");
// an accented form one country writes ("Los Ángeles" in Chile's Biobío) and a namesake another writes plainly
shared("Los Ángeles", "CL::Biobío|US:Los Angeles:CA");
shared("Lagos", "NG|PT");

/** Pictographs boards print before a place ("📍 Santa Cruz", "🌍 Remote"): the line after or beside one is a place position. */
export const PLACE_ICONS = ["📍", "📌", "🌍", "🌎", "🌏", "🗺", "🏢", "🏙"];

/** Polish voivodeships as postings write them beside the town ("Rzeszów podkarpackie", "Poznań / wielkopolskie"). */
export const PL_VOIVODESHIPS = [
  "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie", "mazowieckie", "opolskie", "podkarpackie",
  "podlaskie", "pomorskie", "śląskie", "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie", "zachodnio-pomorskie",
];
for (const v of PL_VOIVODESHIPS) OTHER_REGIONS[v] = "PL";

/** Italian province codes, written in brackets after the town: "Montevarchi (AR)", "Sesto San Giovanni (MI)". */
export const IT_PROVINCES = new Set(
  ("AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO " +
    "LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN " +
    "TO TP TR TS TV UD VA VB VC VE VI VR VT VV").split(" "),
);
/** Swiss canton codes after the town: "Zürich ZH", "Baar (ZG)". */
export const CH_CANTONS = new Set("ZH BE LU UR SZ OW NW GL ZG FR SO BS BL SH AR AI SG GR AG TG TI VD VS NE GE JU".split(" "));

// Towns of the job markets the unlabelled boards come from that postings name alone (wip-places):
// Bolivia, Brazil's state towns, Vietnam's cities in Vietnamese, Polish county towns, Latin American capitals' neighbours.
add("BO", "Cochabamba|El Alto|Sucre|Oruro|Potosí=Potosi|Tarija|Trinidad, BO|Cobija|Montero|Quillacollo|Sacaba");
add("BR", "Santos|Sorocaba|Ribeirão Preto|São José dos Campos|Joinville|Londrina|Maringá|Uberlândia|Niterói|Blumenau|Jundiaí|Osasco|Barueri|Guarulhos|São Bernardo do Campo|Santo André|Manaus|Belém|São Luís|Maceió|João Pessoa|Teresina|Aracaju|Cuiabá|Campo Grande|Caxias do Sul|Pelotas|Juiz de Fora|Feira de Santana");
add("VN", "Hà Nội=Ha Noi|Hồ Chí Minh=TP.HCM=TP. HCM=TP Hồ Chí Minh=Thành phố Hồ Chí Minh|Đà Nẵng|Hải Phòng=Hai Phong|Cần Thơ=Can Tho|Bắc Ninh|Bình Dương|Đồng Nai|Nha Trang|Huế");
add("PL", "Częstochowa|Radom|Zielona Góra|Gorzów Wielkopolski|Elbląg|Płock|Wałbrzych|Tarnów|Koszalin|Kalisz|Legnica|Grudziądz|Słupsk|Jaworzno|Jastrzębie-Zdrój|Nowy Sącz|Jelenia Góra|Siedlce|Mysłowice|Piła|Ostrów Wielkopolski|Siemianowice Śląskie|Stargard|Pabianice|Gniezno|Suwałki|Głogów|Chełm|Tomaszów Mazowiecki|Przemyśl|Stalowa Wola|Kędzierzyn-Koźle|Łomża|Żory|Mielec|Tczew|Ełk|Pruszków|Bełchatów|Świdnica|Będzin|Zgierz|Racibórz|Legionowo|Ostrowiec Świętokrzyski|Zawiercie|Starachowice|Wejherowo|Rybnik|Tychy|Dąbrowa Górnicza|Bytom|Zabrze|Sosnowiec|Ruda Śląska|Chorzów|Bielsko-Biała|Włocławek|Zamość|Leszno|Konin|Inowrocław|Lubin|Piotrków Trybunalski|Skierniewice|Sieradz|Zduńska Wola|Niepołomice|Swarzędz|Rumia|Krotoszyn|Miechów|Kłodzko|Mosina|Oświęcim|Wieliczka|Skawina");
add("MX", "Zapopan|Naucalpan|Toluca|Aguascalientes|San Luis Potosí|Hermosillo|Chihuahua|Ciudad Juárez|Saltillo|Morelia|Veracruz|Villahermosa|Culiacán|Mexicali|Torreón|Oaxaca|Tlaxcala");
add("AR", "Mar del Plata|San Miguel de Tucumán=Tucumán|Santa Fe, AR|Neuquén|Bahía Blanca|San Juan, AR");
add("CO", "Cúcuta|Pereira|Manizales|Ibagué|Santa Marta|Villavicencio");
add("PE", "Trujillo, PE|Chiclayo|Piura|Cusco|Huancayo|Iquitos");
add("CL", "Los Ángeles|Viña del Mar|Antofagasta|Temuco|Rancagua|Talca|Puerto Montt|La Serena|Iquique");

/**
 * State codes that are also English words or abbreviations ("Requisition ID", "Log IN", "OK"), or firms' legal
 * forms ("Björkdalens Omsorg AB" is no town of Alberta, "Holzbau Meier AG" none of Aargau): read after an
 * unknown town only with a comma.
 */
export const WORDLIKE_REGION_CODES = new Set(["ID", "IN", "OR", "ME", "OK", "HI", "OH", "LA", "AS", "ON", "SA", "WA", "DE", "PA", "MA", "CO", "AL", "MO", "NB", "PE", "SK", "AB", "AG"]);

/** Words that make a name an administrative area rather than a town ("Thurston County", "Landkreis Harburg", "Provincia de Buenos Aires"). */
export const COUNTY_WORDS = new Set(["county", "parish", "borough", "district", "province", "provincia", "kreis", "landkreis", "comté", "powiat", "municipio", "condado"]);

/** Words that place a town near a known one: "Hallstadt bei Bamberg", "Ashford near Canterbury", "Marly près de Fribourg". */
export const NEAR_WORDS = ["bei", "b.", "near", "nr", "nr.", "nahe", "près de", "pres de", "proche de", "perto de", "cerca de", "vicino a", "nabij", "bij", "outside", "nära"];

/** Countries' own names in their languages, where the six languages of the country data do not hold them (lowercase). */
export const ENDONYMS: readonly (readonly [string, string])[] = [
  ["nederland", "NL"], ["belgië", "BE"], ["belgique", "BE"], ["belgien", "BE"], ["polska", "PL"], ["rzeczpospolita polska", "PL"], ["danmark", "DK"],
  ["sverige", "SE"], ["norge", "NO"], ["noreg", "NO"], ["suomi", "FI"], ["česko", "CZ"], ["česká republika", "CZ"], ["slovensko", "SK"],
  ["slovenská republika", "SK"], ["magyarország", "HU"], ["românia", "RO"], ["hrvatska", "HR"], ["slovenija", "SI"], ["eesti", "EE"],
  ["latvija", "LV"], ["lietuva", "LT"], ["éire", "IE"], ["ísland", "IS"], ["lëtzebuerg", "LU"], ["luxemburg", "LU"], ["ελλάδα", "GR"],
  ["україна", "UA"], ["türkiye", "TR"], ["srbija", "RS"], ["crna gora", "ME"], ["shqipëria", "AL"], ["bosna i hercegovina", "BA"],
];
