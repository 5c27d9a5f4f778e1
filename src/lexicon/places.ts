/** US states, Canadian provinces and Australian states: code → name. Data only. */
export const US_STATES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa",
  KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan",
  MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma",
  OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee",
  TX: "Texas", UT: "Utah", VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin",
  WY: "Wyoming", DC: "District of Columbia", PR: "Puerto Rico",
};
export const CA_PROVINCES: Record<string, string> = {
  AB: "Alberta", BC: "British Columbia", MB: "Manitoba", NB: "New Brunswick", NL: "Newfoundland and Labrador",
  NS: "Nova Scotia", NT: "Northwest Territories", NU: "Nunavut", ON: "Ontario", PE: "Prince Edward Island",
  QC: "Quebec", SK: "Saskatchewan", YT: "Yukon",
};
export const AU_STATES: Record<string, string> = {
  NSW: "New South Wales", VIC: "Victoria", QLD: "Queensland", WA: "Western Australia", SA: "South Australia",
  TAS: "Tasmania", ACT: "Australian Capital Territory", NT: "Northern Territory",
};

/** Regions inside a country that postings name beside a city ("Leeds, West Yorkshire"). */
export const OTHER_REGIONS: Record<string, string> = {
  "west yorkshire": "GB", "greater london": "GB", "greater manchester": "GB", "scotland": "GB", "wales": "GB", "england": "GB",
  "northern ireland": "GB", "bavaria": "DE", "bayern": "DE", "berlin": "DE", "hessen": "DE", "hesse": "DE", "nrw": "DE",
  "nordrhein-westfalen": "DE", "baden-württemberg": "DE", "sachsen": "DE", "thüringen": "DE", "steiermark": "AT", "styria": "AT",
  "île-de-france": "FR", "ile-de-france": "FR", "catalonia": "ES", "cataluña": "ES", "catalunya": "ES", "madrid": "ES",
  "lombardia": "IT", "lombardy": "IT", "ontario": "CA", "quebec": "CA", "québec": "CA",
};

/** Applicant regions that are not one country: kept as `raw`, with no city. */
export const AREAS = [
  "emea", "apac", "latam", "amer", "americas", "europe", "eu", "european union", "north america", "south america",
  "latin america", "asia", "africa", "middle east", "oceania", "worldwide", "anywhere", "global", "nordics", "dach",
  "benelux", "cet", "cest", "est", "pst", "uk/eu", "eu/uk", "anywhere in the world", "asia pacific", "mena", "sea",
  "southeast asia", "western europe", "eastern europe", "central europe",
];

/**
 * Cities postings name alone, with their country (and US/CA/AU state where one city name is
 * common): the largest job markets of each continent. Lowercase keys; local names included.
 */
export const CITIES: Record<string, [string, string, string?]> = {};
const add = (cc: string, list: string, region?: string) => {
  for (const entry of list.split("|")) {
    const [name, ...aliases] = entry.split("=");
    for (const n of [name, ...aliases]) CITIES[n.toLowerCase()] = [name, cc, region];
  }
};
add("US", "New York=NYC=New York City=Manhattan|San Francisco=SF|Los Angeles=LA|Seattle|Austin|Boston|Chicago|Denver|Atlanta|Miami|Dallas|Houston|Washington=Washington DC=Washington D.C.|Philadelphia|Phoenix|San Diego|San Jose|Portland|Minneapolis|Detroit|Pittsburgh|Baltimore|Nashville|Raleigh|Charlotte|Salt Lake City|Las Vegas|Orlando|Tampa|Columbus|Cincinnati|Cleveland|Indianapolis|Kansas City|St. Louis=Saint Louis|Milwaukee|Sacramento|Oakland|Palo Alto|Mountain View|Menlo Park|Sunnyvale|Santa Clara|Cupertino|Redwood City|San Mateo|Brooklyn|Jersey City|Boulder|Bellevue|Redmond|Kirkland|Irvine|Santa Monica|Honolulu|Anchorage|New Orleans|Richmond|Reston|Arlington|Cambridge|Somerville|Ann Arbor|Madison|Durham|Chapel Hill|Providence|Hartford|Stamford|Newark|Albany|Buffalo|Rochester|Omaha|Des Moines|Louisville|Memphis|Birmingham|Oklahoma City|Tulsa|Albuquerque|Tucson|El Paso|San Antonio|Fort Worth|Plano|Irving|Scottsdale|Tempe|Boise|Spokane|Tacoma|Fremont|Emeryville|Berkeley|South San Francisco|Lehi|Provo|Hoboken|Fort Lauderdale|Jacksonville|Charleston|Greenville|Knoxville|Chattanooga|Lexington|Dayton|Toledo|Grand Rapids|Lansing|Madison|Minnetonka|St. Paul=Saint Paul");
add("CA", "Toronto|Vancouver|Montreal=Montréal|Ottawa|Calgary|Edmonton|Waterloo|Kitchener|Halifax|Winnipeg|Quebec City=Québec|Victoria|Hamilton|London, ON|Mississauga|Markham|Burnaby|Saskatoon|Regina");
add("GB", "London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Newcastle|Nottingham|Cardiff|Belfast|Oxford|Cambridge, UK|Brighton|Reading|Southampton|Leicester|Coventry|Aberdeen|Milton Keynes|Bath|York|Guildford");
add("IE", "Dublin|Cork|Galway|Limerick");
add("DE", "Berlin|Munich=München|Hamburg|Frankfurt=Frankfurt am Main|Cologne=Köln|Stuttgart|Düsseldorf=Dusseldorf|Leipzig|Dresden|Hannover=Hanover|Nuremberg=Nürnberg|Bremen|Essen|Dortmund|Bonn|Karlsruhe|Mannheim|Heidelberg|Jena|Bielefeld|Münster|Freiburg|Augsburg|Aachen|Kiel|Potsdam|Mainz|Wiesbaden|Regensburg|Erlangen|Darmstadt|Ulm|Würzburg|Rostock|Magdeburg|Erfurt|Saarbrücken|Braunschweig|Osnabrück|Wolfsburg|Ingolstadt|Göttingen|Bochum|Duisburg|Wuppertal|Lübeck|Oldenburg|Kassel|Halle");
add("AT", "Vienna=Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt");
add("CH", "Zurich=Zürich|Geneva=Genève=Genf|Basel|Bern|Lausanne|Lucerne=Luzern|Zug");
add("FR", "Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Nice|Strasbourg|Montpellier|Rennes|Grenoble|Montreuil|Sophia Antipolis|Aix-en-Provence|Boulogne-Billancourt|La Défense|Issy-les-Moulineaux|Levallois-Perret|Neuilly-sur-Seine|Saint-Denis|Nanterre|Rouen|Tours|Dijon|Angers|Clermont-Ferrand|Le Mans|Reims|Brest|Annecy");
add("ES", "Madrid|Barcelona|Valencia|Seville=Sevilla|Bilbao|Málaga=Malaga|Zaragoza|Palma|Alicante|Granada|Murcia|Valladolid|Vigo|A Coruña|San Sebastián=Donostia|Las Palmas|Santander|Pamplona|Oviedo|Gijón|Córdoba|Salamanca");
add("PT", "Lisbon=Lisboa|Porto|Braga|Coimbra|Aveiro|Faro");
add("IT", "Milan=Milano|Rome=Roma|Turin=Torino|Naples=Napoli|Bologna|Florence=Firenze|Venice=Venezia|Genoa=Genova|Padua=Padova|Verona|Bari|Palermo|Trieste|Pisa");
add("NL", "Amsterdam|Rotterdam|The Hague=Den Haag|Utrecht|Eindhoven|Groningen|Leiden|Delft|Haarlem|Amstelveen");
add("BE", "Brussels=Bruxelles=Brussel|Antwerp=Antwerpen|Ghent=Gent|Leuven|Liège|Bruges");
add("LU", "Luxembourg City");
add("DK", "Copenhagen=København|Aarhus|Odense");
add("SE", "Stockholm|Gothenburg=Göteborg|Malmö=Malmo|Uppsala|Lund");
add("NO", "Oslo|Bergen|Trondheim|Stavanger");
add("FI", "Helsinki|Espoo|Tampere|Oulu|Turku");
add("IS", "Reykjavik=Reykjavík");
add("PL", "Warsaw=Warszawa|Krakow=Kraków|Wroclaw=Wrocław|Gdansk=Gdańsk|Poznan=Poznań|Lodz=Łódź|Katowice");
add("CZ", "Prague=Praha|Brno|Ostrava");
add("SK", "Bratislava|Košice");
add("HU", "Budapest|Debrecen");
add("RO", "Bucharest=București|Cluj-Napoca=Cluj|Timișoara=Timisoara|Iași=Iasi");
add("BG", "Sofia|Plovdiv|Varna");
add("RS", "Belgrade=Beograd=Belgrad|Novi Sad|Niš=Nis");
add("HR", "Zagreb|Split");
add("SI", "Ljubljana");
add("BA", "Sarajevo");
add("MK", "Skopje");
add("AL", "Tirana");
add("GR", "Athens=Athen|Thessaloniki");
add("TR", "Istanbul|Ankara|Izmir");
add("UA", "Kyiv=Kiev|Lviv|Kharkiv|Odesa=Odessa|Dnipro");
add("LT", "Vilnius|Kaunas");
add("LV", "Riga");
add("EE", "Tallinn|Tartu");
add("MT", "Valletta|Sliema|St. Julian's");
add("CY", "Limassol|Nicosia");
add("IL", "Tel Aviv|Jerusalem|Haifa|Herzliya");
add("AE", "Dubai|Abu Dhabi");
add("SA", "Riyadh|Jeddah");
add("QA", "Doha");
add("EG", "Cairo");
add("MA", "Casablanca|Rabat");
add("NG", "Lagos|Abuja");
add("KE", "Nairobi");
add("ZA", "Cape Town|Johannesburg|Durban|Pretoria");
add("IN", "Bangalore=Bengaluru|Mumbai|Delhi=New Delhi|Hyderabad|Chennai|Pune|Kolkata|Gurgaon=Gurugram|Noida|Ahmedabad|Jaipur|Kochi|Chandigarh|Coimbatore|Indore");
add("PK", "Karachi|Lahore|Islamabad");
add("BD", "Dhaka");
add("LK", "Colombo");
add("SG", "Singapore");
add("MY", "Kuala Lumpur|Penang");
add("TH", "Bangkok|Chiang Mai");
add("VN", "Ho Chi Minh City=Saigon|Hanoi|Da Nang");
add("PH", "Manila|Makati|Cebu|Taguig|Quezon City");
add("ID", "Jakarta|Bali|Bandung|Surabaya");
add("HK", "Hong Kong");
add("TW", "Taipei");
add("CN", "Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu");
add("JP", "Tokyo|Osaka|Kyoto|Yokohama|Fukuoka");
add("KR", "Seoul|Busan");
add("AU", "Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Gold Coast|Hobart");
add("NZ", "Auckland|Wellington|Christchurch");
add("MX", "Mexico City=Ciudad de México|CDMX|Guadalajara|Monterrey");
add("BR", "São Paulo=Sao Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Florianópolis|Brasília|Recife");
add("AR", "Buenos Aires|Córdoba, AR|Rosario|Mendoza");
add("CL", "Santiago");
add("CO", "Bogotá=Bogota|Medellín=Medellin|Cali");
add("PE", "Lima");
add("UY", "Montevideo");
add("CR", "San José, CR");
