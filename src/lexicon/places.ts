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
  "sofia", "cali", "bali", "palma", "faro", "porto", "cork", "durham", "madison", "providence", "jackson", "aurora", "golden",
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
