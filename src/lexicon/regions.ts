import { dict } from "./dict.js";
import { AU_STATES, BR_STATES, CH_CANTONS } from "./places.js";

/**
 * First-level subdivisions (states, provinces, regions, counties, Länder, cantons, län, fylker) of the
 * job markets postings come from, one string per country split at load: `Name=alias=alias@CODE=CODE`.
 * A `~` before a name marks a word or a given name ("Delta", "Hidalgo", "North West"): read only
 * beside a town or with a region word ("Delta State"), never alone. Provinces named after their
 * capital ("Milano", "Madrid") are listed; a town and such a province is one place ("Getafe, Madrid").
 * A `+` marks a region named like its capital town ("Kisumu", "Salta", "Oaxaca"): the name alone is the town.
 */
const DATA: [string, string, "sub"?][] = [
  ["NZ", "Northland@NTL|Auckland@AUK|Waikato@WKO|Bay of Plenty@BOP|+Gisborne@GIS|Hawke's Bay=Hawkes Bay=Hawke’s Bay@HKB|Taranaki@TKI|Manawatū-Whanganui=Manawatu-Whanganui=Manawatu-Wanganui=Manawatū=Manawatu@MWT|Wellington@WGN|Tasman@TAS|~+Nelson@NSN|~Marlborough@MBH|~West Coast@WTC|~Canterbury@CAN|Otago@OTA|Southland@STL"],
  ["MY", "Johor|Kedah|Kelantan|+Melaka=Malacca|Negeri Sembilan|Pahang|Pulau Pinang=Penang|Perak|Perlis|Sabah|Sarawak|Selangor|Terengganu|Wilayah Persekutuan Kuala Lumpur=WP Kuala Lumpur=Federal Territory of Kuala Lumpur|+Putrajaya|+Labuan"],
  ["SG", "~Central Region|~North Region|~North-East Region|~East Region|~West Region"],
  // Hong Kong's three areas: "Kwun Tong, Kowloon"
  ["HK", "Kowloon|New Territories|Hong Kong Island"],
  ["PH", "Metro Manila=National Capital Region=NCR|Calabarzon|Central Luzon|Central Visayas|Western Visayas|Eastern Visayas|Ilocos Region|Cagayan Valley|Bicol Region|Mimaropa|Zamboanga Peninsula|Northern Mindanao|Davao Region|Soccsksargen|Caraga|Bangsamoro=BARMM|Cordillera Administrative Region|Cebu|~Laguna|Cavite|Bulacan|Pampanga|+Batangas|~Rizal|Davao del Sur|Davao del Norte|Davao de Oro|+Iloilo|Negros Occidental|Negros Oriental|Pangasinan|~Quezon|Albay|Benguet|Leyte|Bohol|Misamis Oriental|Zambales|+Tarlac|Nueva Ecija|Camarines Sur|Palawan|South Cotabato|Zamboanga del Sur|+Isabela|Cagayan|Ilocos Norte|Ilocos Sur|La Union|Bataan|Aklan|Capiz|Samar|+Sorsogon|Bukidnon|Agusan del Norte|Surigao del Norte|Oriental Mindoro|Occidental Mindoro"],
  ["IN", "Andhra Pradesh@AP|Arunachal Pradesh@AR|Assam@AS|Bihar@BR|Chhattisgarh@CG=CT|Goa@GA|Gujarat@GJ|Haryana@HR|Himachal Pradesh@HP|Jharkhand@JH|Karnataka@KA|Kerala@KL|Madhya Pradesh@MP|Maharashtra@MH|Manipur@MN|Meghalaya@ML|Mizoram@MZ|Nagaland@NL|Odisha=Orissa@OD=OR|Punjab@PB|Rajasthan@RJ|Sikkim@SK|Tamil Nadu@TN|Telangana@TG=TS|Tripura@TR|Uttar Pradesh@UP|Uttarakhand=Uttaranchal@UK=UT|West Bengal@WB|Delhi=NCT of Delhi=National Capital Territory of Delhi=Delhi NCR@DL|Jammu and Kashmir=Jammu & Kashmir@JK|Ladakh@LA|+Puducherry=Pondicherry@PY|Chandigarh@CH|Andaman and Nicobar Islands@AN|Lakshadweep@LD|Dadra and Nagar Haveli and Daman and Diu@DH"],
  ["ZA", "Gauteng@GP=GT|Western Cape@WC|Eastern Cape@EC|KwaZulu-Natal=KwaZulu Natal=Kwazulu-Natal=KZN@KZN=NL|Northern Cape@NC|~North West@NW|Free State@FS|Mpumalanga@MP|Limpopo@LP"],
  ["NG", "Abia|Adamawa|Akwa Ibom|Anambra|+Bauchi|Bayelsa|Benue|Borno|Cross River|~Delta|Ebonyi|Edo|Ekiti|+Enugu|+Gombe|Imo|Jigawa|+Kaduna|+Kano|+Katsina|Kebbi|Kogi|Kwara|Lagos@LA|Nasarawa|Ogun|Ondo|Osun|Oyo|~Plateau|~Rivers|+Sokoto|Taraba|Yobe|Zamfara|Federal Capital Territory=FCT=Abuja FCT@FC"],
  ["KE", "Nairobi|Mombasa|+Kisumu|+Nakuru|+Kiambu|+Machakos|+Kajiado|Uasin Gishu|~Meru|+Nyeri|+Kakamega|+Kilifi|+Kericho|Baringo|+Bomet|+Bungoma|+Busia|Elgeyo-Marakwet|+Embu|+Garissa|+Homa Bay|+Isiolo|Kirinyaga|+Kisii|+Kitui|+Kwale|Laikipia|+Lamu|Makueni|+Mandera|+Marsabit|+Migori|+Murang'a=Muranga|Nandi|+Narok|+Nyamira|Nyandarua|Samburu|+Siaya|Taita-Taveta|Tana River|Tharaka-Nithi|Trans-Nzoia|Turkana|Vihiga|+Wajir|West Pokot"],
  ["IE", "+Carlow|+Cavan|~Clare|Cork|+Donegal|Dublin|Galway|~Kerry|+Kildare|+Kilkenny|Laois|Leitrim|Limerick|+Longford|Louth|~Mayo|Meath|+Monaghan|Offaly|+Roscommon|+Sligo|+Tipperary|Waterford|Westmeath|+Wexford|+Wicklow|Leinster|Munster|Connacht|Ulster"],
  ["GB", "England|Scotland|Wales|Northern Ireland|~North East|~North West|Yorkshire and the Humber|Yorkshire|East Midlands|West Midlands|East of England|~South East|~South West|Greater London|Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Devon|Dorset|~Durham|East Riding of Yorkshire|Sussex|East Sussex|West Sussex|Essex|Gloucestershire|Greater Manchester|Hampshire|Herefordshire|Hertfordshire|Isle of Wight|Kent|Lancashire|Leicestershire|Lincolnshire|Merseyside|~Norfolk|North Yorkshire|South Yorkshire|West Yorkshire|Northamptonshire|Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|Staffordshire|Suffolk|Surrey|Tyne and Wear|Warwickshire|Wiltshire|Worcestershire|Aberdeenshire|~Highland=Highlands|Fife|Lothian|West Lothian|East Lothian|Midlothian|Lanarkshire|North Lanarkshire|South Lanarkshire|Ayrshire|Renfrewshire|Dunbartonshire|Perthshire=Perth and Kinross|~Angus|Moray|Argyll and Bute|Dumfries and Galloway|Scottish Borders|Orkney|Shetland|Gwynedd|Powys|Ceredigion|Pembrokeshire|Carmarthenshire|Glamorgan=Vale of Glamorgan|Gwent|Clwyd|Anglesey|Denbighshire|Flintshire|Monmouthshire|+Antrim|+Armagh|~Down|Fermanagh|+Londonderry|Tyrone"],
  ["DE", "Baden-Württemberg=Baden-Wurttemberg=Baden-Wuerttemberg@BW|Bayern=Bavaria=Bavière@BY|Berlin@BE|Brandenburg@BB|Bremen@HB|Hamburg@HH|Hessen=Hesse@HE|Mecklenburg-Vorpommern=Mecklenburg-Western Pomerania@MV|Niedersachsen=Lower Saxony@NI|Nordrhein-Westfalen=North Rhine-Westphalia=NRW@NW|Rheinland-Pfalz=Rhineland-Palatinate@RP|Saarland@SL|Sachsen=Saxony@SN|Sachsen-Anhalt=Saxony-Anhalt@ST|Schleswig-Holstein@SH|Thüringen=Thuringia=Thueringen@TH"],
  ["AT", "Burgenland|Kärnten=Carinthia=Kaernten|Niederösterreich=Lower Austria=Niederoesterreich|Oberösterreich=Upper Austria=Oberoesterreich|Salzburg|Steiermark=Styria|Tirol=Tyrol|Vorarlberg|Wien=Vienna"],
  ["CH", "Zürich=Zurich@ZH|Bern=Berne@BE|Luzern=Lucerne@LU|~Uri@UR|+Schwyz@SZ|Obwalden@OW|Nidwalden@NW|+Glarus@GL|Zug@ZG|Fribourg@FR|+Solothurn@SO|Basel-Stadt=Basel-City@BS|Basel-Landschaft=Basel-Land=Baselland@BL|Schaffhausen@SH|Appenzell Ausserrhoden@AR|Appenzell Innerrhoden@AI|St. Gallen=Sankt Gallen=St Gallen@SG|Graubünden=Grisons=Graubunden@GR|Aargau@AG|Thurgau@TG|Ticino=Tessin@TI|Vaud=Waadt@VD|Valais=Wallis@VS|Neuchâtel=Neuenburg@NE|Genève=Geneva=Genf@GE|~Jura@JU"],
  ["NL", "Drenthe@DR|Flevoland@FL|Friesland=Fryslân@FR=FRL|Gelderland@GLD=GE=GL|Groningen@GR=GN|Limburg@LI=LB|Noord-Brabant=North Brabant=Brabant@NB|Noord-Holland=North Holland@NH|Overijssel@OV|Utrecht@UT|Zeeland@ZE|Zuid-Holland=South Holland@ZH"],
  ["BE", "Antwerpen=Antwerp=Anvers|Limburg|Oost-Vlaanderen=East Flanders=Flandre-Orientale|West-Vlaanderen=West Flanders=Flandre-Occidentale|Vlaams-Brabant=Flemish Brabant=Brabant flamand|Brabant wallon=Walloon Brabant=Waals-Brabant|Hainaut=Henegouwen|Liège=Luik=Lüttich|Namur=Namen|Brussels-Capital Region=Région de Bruxelles-Capitale=Brussels Hoofdstedelijk Gewest|Flanders=Vlaanderen=Flandre|Wallonia=Wallonie=Wallonië"],
  ["FR", "Île-de-France=Ile-de-France=IDF@IDF|Auvergne-Rhône-Alpes=Auvergne-Rhone-Alpes=Auvergne Rhône-Alpes@ARA|Bourgogne-Franche-Comté=Bourgogne-Franche-Comte@BFC|Bretagne=Brittany@BRE|Centre-Val de Loire=Centre-Val-de-Loire@CVL|Corse=Corsica@COR|Grand Est=Grand-Est@GES|Hauts-de-France@HDF|Normandie=Normandy@NOR|Nouvelle-Aquitaine@NAQ|Occitanie@OCC|Pays de la Loire=Pays-de-la-Loire@PDL|Provence-Alpes-Côte d'Azur=Provence-Alpes-Côte d’Azur=PACA=Provence@PAC|Guadeloupe|Martinique|Guyane|La Réunion|Mayotte|Alsace|~Lorraine|Aquitaine|Rhône-Alpes|Midi-Pyrénées|Languedoc-Roussillon|Picardie|Champagne-Ardenne|~Limousin|Poitou-Charentes|Franche-Comté|Bourgogne|~Burgundy|Auvergne"],
  ["ES", "Andalucía=Andalusia=Andalucia@AN|Aragón=Aragon@AR|Asturias=Principado de Asturias@AS|Illes Balears=Islas Baleares=Balearic Islands=Baleares@IB|Canarias=Islas Canarias=Canary Islands@CN|Cantabria@CB|Castilla y León=Castilla y Leon=Castile and León@CL|Castilla-La Mancha=Castilla La Mancha@CM|Cataluña=Catalunya=Catalonia=Cataluna@CT|Comunidad Valenciana=Comunitat Valenciana=Valencian Community@VC|Extremadura@EX|Galicia@GA|Comunidad de Madrid=Madrid@MD|La Rioja@RI|Región de Murcia=Murcia@MC|Navarra=Comunidad Foral de Navarra=Navarre@NC|País Vasco=Euskadi=Basque Country=Pais Vasco@PV|Ceuta@CE|Melilla@ML"],
  ["ES", "A Coruña=La Coruña|Álava=Araba=Alava|Albacete|Alicante=Alacant|Almería|Ávila|Badajoz|Barcelona|Burgos|Cáceres|Cádiz|Castellón=Castelló|Ciudad Real|Córdoba|Cuenca|Girona=Gerona|Granada|Guadalajara|Gipuzkoa=Guipúzcoa|Huelva|Huesca|Jaén|León|Lleida=Lérida|Lugo|Málaga|Ourense=Orense|Palencia|Las Palmas|Pontevedra|Salamanca|Santa Cruz de Tenerife|Segovia|Sevilla|Soria|Tarragona|Teruel|Toledo|Valencia=València|Valladolid|Bizkaia=Vizcaya|Zamora|Zaragoza", "sub"],
  ["IT", "Abruzzo|Basilicata|Calabria|Campania|Emilia-Romagna=Emilia Romagna|Friuli-Venezia Giulia=Friuli Venezia Giulia=Friuli|Lazio|Liguria|Lombardia=Lombardy|Marche|Molise|Piemonte=Piedmont|Puglia=Apulia|Sardegna=Sardinia|Sicilia=Sicily|Toscana=Tuscany|Trentino-Alto Adige=Trentino-Südtirol=Trentino=Alto Adige=Südtirol=South Tyrol|Umbria|Valle d'Aosta=Valle d’Aosta=Aosta Valley|Veneto"],
  ["IT", "Agrigento@AG|Alessandria@AL|Ancona@AN|Aosta@AO|Ascoli Piceno@AP|L'Aquila@AQ|Arezzo@AR|Asti@AT|Avellino@AV|Bari@BA|Bergamo@BG|Biella@BI|Belluno@BL|Benevento@BN|Bologna@BO|Brindisi@BR|Brescia@BS|Barletta-Andria-Trani@BT|Bolzano@BZ|Cagliari@CA|Campobasso@CB|Caserta@CE|Chieti@CH|Caltanissetta@CL|Cuneo@CN|Como@CO|Cremona@CR|Cosenza@CS|Catania@CT|Catanzaro@CZ|Ferrara@FE|Foggia@FG|Firenze@FI|Fermo@FM|Frosinone@FR|Genova@GE|Gorizia@GO|Grosseto@GR|Imperia@IM|Isernia@IS|Crotone@KR|Lecco@LC|Lecce@LE|Livorno@LI|Lodi@LO|Latina@LT|Lucca@LU|Monza e Brianza=Monza e della Brianza=Monza Brianza@MB|Macerata@MC|Messina@ME|Milano@MI|Mantova@MN|Modena@MO|Massa-Carrara=Massa Carrara@MS|Matera@MT|Napoli@NA|Novara@NO|Nuoro@NU|Oristano@OR|Palermo@PA|Piacenza@PC|Padova@PD|Pescara@PE|Perugia@PG|Pisa@PI|Pordenone@PN|Prato@PO|Parma@PR|Pistoia@PT|Pesaro e Urbino=Pesaro-Urbino@PU|Pavia@PV|Potenza@PZ|Ravenna@RA|Reggio Calabria=Reggio di Calabria@RC|Reggio Emilia=Reggio nell'Emilia@RE|Ragusa@RG|Rieti@RI|Roma@RM|Rimini@RN|Rovigo@RO|Salerno@SA|Siena@SI|Sondrio@SO|La Spezia@SP|Siracusa@SR|Sassari@SS|Savona@SV|Taranto@TA|Teramo@TE|Trento@TN|Torino@TO|Trapani@TP|Terni@TR|Trieste@TS|Treviso@TV|Udine@UD|Varese@VA|Verbano-Cusio-Ossola@VB|Vercelli@VC|Venezia@VE|Vicenza@VI|Verona@VR|Viterbo@VT|Vibo Valentia@VV", "sub"],
  ["PT", "Aveiro|Beja|Braga|Bragança|Castelo Branco|Coimbra|Évora|Faro|Guarda|Leiria|Lisboa|Portalegre|Porto|Santarém|Setúbal|Viana do Castelo|Vila Real|Viseu|Açores=Azores=Região Autónoma dos Açores|Madeira=Região Autónoma da Madeira", "sub"],
  ["SE", "Stockholms län=Stockholm County|Uppsala län|Södermanlands län=Södermanland|Östergötlands län=Östergötland|Jönköpings län|Kronobergs län|Kalmar län|Gotlands län=Gotland|Blekinge län=Blekinge|Skåne län=Skåne=Scania|Hallands län=Halland|Västra Götalands län=Västra Götaland|Värmlands län=Värmland|Örebro län|Västmanlands län=Västmanland|Dalarnas län=Dalarna|Gävleborgs län=Gävleborg|Västernorrlands län=Västernorrland|Jämtlands län=Jämtland|Västerbottens län=Västerbotten|Norrbottens län=Norrbotten"],
  ["NO", "Akershus|Østfold|Buskerud|Innlandet|Vestfold|Telemark|Agder|Rogaland|Vestland|Møre og Romsdal|Trøndelag|Nordland|Troms|Finnmark|Viken|Hordaland|Vestfold og Telemark|Troms og Finnmark|Sogn og Fjordane|Oppland|Hedmark"],
  ["DK", "Hovedstaden=Region Hovedstaden=Capital Region of Denmark|Sjælland=Region Sjælland=Zealand|Syddanmark=Region Syddanmark=Southern Denmark|Midtjylland=Region Midtjylland=Central Denmark Region|Nordjylland=Region Nordjylland=North Denmark Region"],
  ["MX", "+Aguascalientes@AGU=AGS|Baja California@BCN=BC|Baja California Sur@BCS|+Campeche@CAM|Chiapas@CHP|+Chihuahua@CHH|+Ciudad de México=CDMX@CMX|Coahuila@COA|+Colima@COL|+Durango@DUR|Estado de México=Edomex=Edo. de México=Estado de Mexico@MEX|+Guanajuato@GUA|~Guerrero@GRO|~Hidalgo@HID|Jalisco@JAL|Michoacán=Michoacan@MIC|~Morelos@MOR|Nayarit@NAY|Nuevo León=Nuevo Leon@NLE=NL|+Oaxaca@OAX|+Puebla@PUE|+Querétaro=Queretaro@QUE=QRO|Quintana Roo@ROO|+San Luis Potosí=San Luis Potosi@SLP|Sinaloa@SIN|Sonora@SON|~Tabasco@TAB|Tamaulipas@TAM|+Tlaxcala@TLA|+Veracruz@VER|Yucatán=Yucatan@YUC|+Zacatecas@ZAC"],
  ["AR", "Buenos Aires|Ciudad Autónoma de Buenos Aires=CABA=Capital Federal|+Catamarca|Chaco|Chubut|Córdoba|~+Corrientes|Entre Ríos=Entre Rios|~+Formosa|+Jujuy|La Pampa|+La Rioja|Mendoza|~Misiones|+Neuquén|Río Negro=Rio Negro|+Salta|+San Juan|+San Luis|Santa Cruz|+Santa Fe|+Santiago del Estero|Tierra del Fuego|+Tucumán"],
  ["CL", "Arica y Parinacota@AP|Tarapacá@TA|Antofagasta@AN|Atacama@AT|+Coquimbo@CO|Valparaíso=Valparaiso@VS|~Metropolitana@RM|Región Metropolitana=Región Metropolitana de Santiago=Santiago Metropolitan=Metropolitana de Santiago@RM|~O'Higgins@LI|Libertador General Bernardo O'Higgins@LI|Maule@ML|Ñuble@NB|Biobío=Bío Bío=Bio Bio=Biobio=Bío-Bío@BI|Araucanía=La Araucanía=Araucania@AR|Los Ríos=Los Rios@LR|Los Lagos@LL|Aysén=Aisén@AI|~Magallanes@MA|Magallanes y la Antártica Chilena@MA"],
  ["CO", "Amazonas|Antioquia|+Arauca|~Atlántico|~Bolívar|Boyacá|~Caldas|Caquetá|Casanare|Cauca|~Cesar|Chocó|Córdoba|Cundinamarca|Guainía|Guaviare|Huila|La Guajira|~Magdalena|~Meta|Nariño|Norte de Santander|Putumayo|Quindío|Risaralda|+San Andrés|Santander|Sucre|Tolima|Valle del Cauca|Vaupés|Vichada|Bogotá D.C.=Distrito Capital@DC"],
  ["PE", "Amazonas|Áncash=Ancash|Apurímac|Arequipa|+Ayacucho|+Cajamarca|+Callao|Cusco=Cuzco|+Huancavelica|+Huánuco|+Ica|Junín|~La Libertad|Lambayeque|Lima|Loreto|~Madre de Dios|+Moquegua|Pasco|Piura|+Puno|~San Martín|+Tacna|+Tumbes|Ucayali"],
  ["EC", "Azuay|~Bolívar|Cañar|Carchi|Chimborazo|Cotopaxi|~El Oro|+Esmeraldas|Galápagos|Guayas|Imbabura|~+Loja|Los Ríos|Manabí|Morona Santiago|Napo|~Orellana|Pastaza|Pichincha|+Santa Elena|Santo Domingo de los Tsáchilas|Sucumbíos|Tungurahua|Zamora Chinchipe"],
  ["VE", "Anzoátegui=Anzoategui|Apure|Aragua|Barinas|Carabobo|Cojedes|Delta Amacuro|~Falcón|Guárico=Guarico|~Lara|~Miranda|Monagas|Nueva Esparta|~Portuguesa|Táchira=Tachira|Yaracuy|Zulia|La Guaira=Vargas"],
  ["UY", "~Artigas|Canelones|Cerro Largo|~Colonia|~Durazno|~Flores|~Florida|Lavalleja|Maldonado|Paysandú|Río Negro|~Rivera|~Rocha|~Salto|~San José|Soriano|Tacuarembó|Treinta y Tres"],
  ["BO", "La Paz|Cochabamba|Santa Cruz|Oruro|Potosí|Chuquisaca|Tarija|Beni|Pando"],
  ["AE", "+Abu Dhabi|+Dubai|+Sharjah|+Ajman|+Umm Al Quwain=Umm al-Quwain|+Ras Al Khaimah=Ras al-Khaimah|+Fujairah"],
];

/** One region a name may be: its name as the data writes it, its country, and its short code if any. */
export type RegionEntry = [name: string, countryCode: string, code?: string];

/** Region names (lower case, each alias) → the regions of every country so named, in the data's order. */
export const REGION_NAMES: Record<string, RegionEntry[]> = dict({});
/** Region names marked `~`: words or given names, read only beside a town or with a region word. */
export const WORDLIKE_REGION_NAMES = new Set<string>();
/**
 * Provinces and districts named after their towns (Italy's province, Spain's provinces, Portugal's
 * districts): read beside a town ("Sesto San Giovanni, Milano") or with a region word, never alone,
 * where the name is more often a town's or a firm's ("Matera", "Guarda").
 */
export const PROVINCE_NAMES = new Set<string>();
/** Regions named like their capital town (marked `+`): alone or before a country, the name is the town ("Kisumu, Kenya"). */
export const TOWN_NAMED_REGIONS = new Set<string>();
/** Short region codes per country ("BY" Bayern, "NH" Noord-Holland, "KA" Karnataka) → the region's name. */
export const REGION_CODES_OF: Record<string, Record<string, string>> = dict({});
/** Region names written in capitals ("KZN", "CABA", "NRW"): read in capitals; other short names only as written ("Imo", not "IMO"). */
export const REGION_ACRONYMS = new Set<string>(["nrw", "ncr"]);

function load(cc: string, list: string, sub = false): void {
  const codes = REGION_CODES_OF[cc] ?? (REGION_CODES_OF[cc] = dict({}));
  for (const entry of list.split("|")) {
    const [names, codeList] = entry.split("@");
    const wordlike = names.startsWith("~");
    const bare = wordlike ? names.slice(1) : names;
    const town = bare.startsWith("+");
    const all = (town ? bare.slice(1) : bare).split("=");
    const code = codeList?.split("=")[0];
    for (const c of codeList?.split("=") ?? []) codes[c] = all[0];
    for (const n of all) {
      const key = n.toLowerCase();
      if (n === n.toUpperCase()) REGION_ACRONYMS.add(key);
      const list2 = REGION_NAMES[key] ?? (REGION_NAMES[key] = []);
      if (!list2.some((e) => e[1] === cc)) list2.push([all[0], cc, code]);
      if (wordlike) WORDLIKE_REGION_NAMES.add(key);
      if (town) TOWN_NAMED_REGIONS.add(key);
      if (sub && list2.length === 1) PROVINCE_NAMES.add(key);
    }
  }
}
for (const [cc, list, sub] of DATA) load(cc, list, sub === "sub");
// Brazilian states by name ("Recife, Pernambuco"); their codes are BR_STATES
load("BR", Object.entries(BR_STATES).map(([code, name]) => `${name}@${code}`).join("|") + "|Sao Paulo@SP|Parana@PR|Goias@GO|Espirito Santo@ES|Ceara@CE|Rondonia@RO|Piaui@PI|Paraiba@PB|Maranhao@MA");
for (const code of CH_CANTONS) REGION_CODES_OF.CH[code] ??= code;
// "Acre" is an English word: the Brazilian state only beside a town
WORDLIKE_REGION_NAMES.add("acre");
// Australian states by name ("Darwin, Northern Territory"); their codes are AU_STATES
load("AU", Object.entries(AU_STATES).map(([code, name]) => `${name}@${code}`).join("|"));

/**
 * Words around a region's name that say it is one: "Región de Los Lagos", "Provincia de Mendoza",
 * "Estado de México", "Co. Kildare", "County Cork", "Distrito de Leiria" (before); "Lagos State",
 * "Western Province", "Stockholms län" (after). Lower case, with their space.
 */
export const REGION_PREFIXES = [
  "región metropolitana de ", "región de la ", "región del ", "región de ", "region de ", "región ", "provincia de ", "provincia del ",
  "provincia di ", "provincia ", "province of ", "province de ", "province ", "estado de ", "estado do ", "estado da ", "state of ",
  "departamento de ", "departamento del ", "departamento ", "distrito de ", "distrito ", "comunidad de ", "comunidad ", "comunitat ",
  "county of ", "county ", "co. ", "co ", "canton de ", "canton of ", "canton ", "kanton ", "bundesland ", "land ", "provincie ",
  "région ", "regione ", "region ", "województwo ", "stato di ", "départment de ", "département de ", "département du ",
];
export const REGION_SUFFIXES = [" state", " province", " provincia", " region", " county", " län", " fylke", " kanton", " provincie", " regio", " district"];
/** Compass words before a known region name the part of it: "South Wales", "North Holland", "West Cork". */
export const COMPASS_PREFIXES = ["north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ", "western ", "north-east ", "north-west ", "south-east ", "south-west ", "mid ", "central "];

/**
 * City-named regions whose city fills the region (city-states, capitals' districts): a name before one
 * is a district of the city ("Kreuzberg, Berlin", "Docklands, Dublin"), not a town of a province.
 */
export const CITY_IS_REGION = new Set([
  "berlin", "hamburg", "bremen", "wien", "vienna", "dublin", "madrid", "roma", "lisboa", "buenos aires", "lima", "auckland", "nairobi", "mombasa", "lagos",
  "kuala lumpur", "ciudad de méxico", "cdmx", "delhi", "chandigarh", "basel-stadt", "genève", "geneva", "genf", "zug", "dubai", "sharjah", "ajman",
]);

/**
 * Postcode shapes of the countries that write the postcode before the town ("67433 Neustadt",
 * "1012 AB Amsterdam", "00-950 Warszawa", "1000-001 Lisboa"): the shape's group name in LOC_POSTCODE_TOWN_RE → countries.
 */
export const POSTCODE_FIRST: Record<string, string[]> = dict({
  d5: ["DE", "FR", "ES", "IT", "FI", "HR", "MX", "EE"], d4: ["AT", "CH", "BE", "DK", "NO", "HU", "LU", "PT", "SI", "BG"],
  nl: ["NL"], pl: ["PL"], pt: ["PT"], se: ["SE", "CZ", "SK", "GR"],
});
