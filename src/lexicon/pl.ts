import type { Lexicon } from "./types.js";

/** Polish headings, labels and board chrome (Pracuj.pl, OLX Praca, Just Join IT, No Fluff Jobs, RocketJobs). */
export const pl: Lexicon = {
  headings: {
    "about-company": ["o nas", "o firmie", "kim jesteśmy", "o pracodawcy", "poznaj nas", "nasza firma", "o spółce", "o organizacji", "o firmie i zespole", "kilka słów o nas", "o zespole", "nasz zespół", "poznaj nasz zespół"],
    "about-role": ["opis stanowiska", "opis stanowiska podany przez pracodawcę", "o stanowisku", "o projekcie", "informacje o projekcie", "opis oferty", "opis pracy", "twoja rola", "twoja misja", "projekt", "o roli", "opis", "opis projektu", "szczegóły stanowiska", "czego dotyczy praca", "oferta pracy"],
    overview: ["szczegóły oferty", "informacje o ofercie", "podstawowe informacje", "najważniejsze informacje", "w skrócie", "oferta w skrócie"],
    responsibilities: ["twój zakres obowiązków", "zakres obowiązków", "obowiązki", "twoje obowiązki", "twoje zadania", "zadania", "zakres zadań", "do twoich obowiązków będzie należało", "do twoich obowiązków należy", "do twoich zadań będzie należało", "do twoich zadań należy", "czym będziesz się zajmować", "czym będziesz się zajmował", "czym będziesz się zajmowała", "czym będziesz się zajmował a", "co będziesz robić", "co będziesz robił", "twoje codzienne zadania", "główne zadania", "główne obowiązki", "na czym polega praca", "opis obowiązków", "zadania na stanowisku", "twoim zadaniem będzie", "twoje główne zadania", "zakres odpowiedzialności", "twój zakres zadań", "obowiązki na stanowisku", "zakres obowiązków na stanowisku", "twoja codzienność", "twój dzień w pracy"],
    requirements: ["nasze wymagania", "wymagania", "oczekujemy", "czego oczekujemy", "czego oczekujemy od ciebie", "czego od ciebie oczekujemy", "nasze oczekiwania", "oczekiwania", "kogo szukamy", "kogo poszukujemy", "twój profil", "profil kandydata", "wymagania stawiane pracownikowi", "wymagania wobec kandydata", "wymagania wobec kandydatów", "wymagane kwalifikacje", "kwalifikacje", "wymagane umiejętności", "czego wymagamy", "od kandydatów oczekujemy", "wymagania konieczne", "wymagania obowiązkowe", "wymagane", "co powinieneś umieć", "czego potrzebujemy", "czego szukamy", "szukamy osoby która", "szukamy ciebie jeśli", "to stanowisko jest dla ciebie jeśli", "jesteś osobą dla nas jeśli", "wymagania i kwalifikacje", "twoje kompetencje", "twoje doświadczenie", "kogo szukamy?"],
    "nice-to-have": ["mile widziane", "co jest mile widziane", "dodatkowym atutem będzie", "dodatkowym atutem będą", "dodatkowe atuty", "atutem będzie", "atuty", "mile widziane umiejętności", "wymagania mile widziane", "dodatkowo mile widziane", "będzie plusem", "dodatkowy plus", "plusem będzie", "mile widziana", "mile widziany", "nice to have"],
    benefits: ["to oferujemy", "oferujemy", "co oferujemy", "nasza oferta", "oferta", "benefity", "co zyskujesz", "co możemy ci zaoferować", "co możemy zaoferować", "w zamian oferujemy", "w zamian za twoje zaangażowanie oferujemy", "dlaczego warto", "dlaczego warto do nas dołączyć", "dlaczego warto z nami pracować", "dlaczego warto u nas pracować", "co dla ciebie mamy", "pakiet benefitów", "świadczenia", "benefity i udogodnienia", "korzyści", "zapewniamy", "co otrzymasz", "co zyskasz", "oferujemy ci", "proponujemy", "czego możesz się spodziewać", "co dostaniesz"],
    compensation: ["wynagrodzenie", "widełki", "widełki wynagrodzenia", "widełki płacowe", "stawka"],
    "interview-process": ["etapy rekrutacji", "proces rekrutacji", "przebieg rekrutacji", "jak wygląda rekrutacja", "jak wygląda proces rekrutacji", "rekrutacja", "proces rekrutacyjny", "etapy procesu rekrutacyjnego", "kolejne kroki", "jak rekrutujemy"],
    skills: ["technologie", "stos technologiczny", "wykorzystywane technologie", "technologie wykorzystywane w projektach", "technologie których używamy", "technologie w projekcie", "umiejętności", "narzędzia", "tech stack", "stack technologiczny"],
    diversity: ["różnorodność", "równe szanse", "różnorodność i inkluzywność", "różnorodność i włączenie", "równe traktowanie"],
    "how-to-apply": ["jak aplikować", "jak zaaplikować", "kontakt", "zainteresowany", "zainteresowana", "zgłoszenia", "dołącz do nas", "jesteś zainteresowany", "zainteresowała cię ta oferta", "aplikacje"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Obowiązki na stanowisku kierowcy")
  headingStems: {
    responsibilities: ["obowiąz", "zadani", "zadań", "czym będziesz", "odpowiedzialnoś"],
    requirements: ["wymaga", "obowiązkow", "niezbędn", "wymóg", "oczekuj", "oczekiwa", "kwalifikac", "kogo szuka", "kogo poszuk"],
    "nice-to-have": ["mile widzian", "atut"],
    benefits: ["ofer", "benefit", "zapewnia", "korzyś", "świadcze", "dlaczego warto"],
    compensation: ["wynagrodz", "widełk"],
    "interview-process": ["rekrutac", "etap"],
    "about-company": ["o nas", "o firmie", "kim jesteś"],
    skills: ["technolog", "umiejętnoś"],
  },
  chromeHeadings: {
    "similar-jobs": ["podobne oferty", "podobne oferty pracy", "zobacz podobne oferty", "inne oferty", "inne oferty pracodawcy", "polecane oferty", "oferty pracy podobne do tej"],
    share: ["zgłoś ofertę", "zapisz ofertę", "zgłoś nadużycie", "udostępnij", "udostępnij ofertę", "podziel się ofertą"],
    faq: ["najczęściej zadawane pytania", "często zadawane pytania"],
    "apply-form": ["formularz aplikacyjny", "formularz zgłoszeniowy"],
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["zgłoś nadużycie", "zgłoś ofertę", "zgłoś naruszenie", "polityka prywatności", "regulamin", "polityka cookies"],
    "similar-jobs": ["podobne oferty", "podobne oferty pracy"],

    navigation: ["aplikuj", "aplikuj teraz", "aplikuj szybko", "aplikuj na tą ofertę pracy", "aplikuj na tę ofertę pracy", "aplikuj na tę ofertę", "aplikuj bezpośrednio", "zapisz", "zapisz ofertę", "zapisana", "udostępnij", "wróć", "wróć do listy ofert", "pokaż więcej", "pokaż mniej", "zaloguj się", "zarejestruj się", "zobacz wszystkie oferty", "wszystkie oferty", "zgłoś ofertę", "zgłoś nadużycie", "przejdź do treści", "strona główna"],
  },
  chromePrefixes: [
    // the chrome of the biggest boards in every language: profile insights, "from the full job description", related searches, view counters, scam notes
    "wyświetlenia:", "podobne ogłoszenia", "zgłoś ogłoszenie", "inne ogłoszenia tej firmy", "aplikacje mobilne",
    // facts helper: cookie notices, copyright lines, board counters
    "korzystamy z plików cookies", "korzystamy z plików cookie", "ta strona używa plików cookies", "ta strona korzysta z plików cookies", "strona używa plików cookies", "serwis wykorzystuje pliki cookies", "zobacz wszystkie oferty pracy", "wszelkie prawa zastrzeżone","kliknij tutaj, aby skontaktować się", "kliknij tutaj, aby aplikować", "aplikuj, aby poznać szczegóły"],
  // interview steps (wip-steps): what a hiring step's line names
  itemStems: {
    // tasks open with a verbal noun: "Tworzenie…", "Współpraca z…", "Udział w…", "Odpowiedzialność za…"
    responsibilities: ["tworzeni", "projektowani", "współprac", "udział w", "analiz", "rozwój", "rozwijani", "utrzymani", "wsparci", "przygotow", "realizac", "zarządzani", "prowadzeni", "koordynac", "koordynowani", "obsług", "monitorowani", "testowani", "wdrażani", "wdrożeni", "optymalizac", "dbanie", "odpowiedzialność za", "raportowani", "nadzór", "nadzorowani", "kontrolowani", "planowani", "weryfikac", "dokumentowani", "budowani", "implementac", "programowani", "sporządzani", "pozyskiwani", "będziesz"],
    requirements: ["doświadczeni", "lat doświadczenia", "lata doświadczenia", "znajomoś", "umiejętnoś", "wykształceni", "prawo jazdy", "biegł", "dobra znajomość", "bardzo dobra", "ukończon", "certyfikat", "uprawnieni", "komunikatywn", "samodzielnoś", "minimum", "zdolnoś", "gotowość", "dyspozycyjnoś", "posiadasz", "wymagan"],
    "nice-to-have": ["mile widzian", "będzie atutem", "atutem", "dodatkowym atutem", "dodatkowy atut", "plusem", "dodatkowym plusem"],
    benefits: ["ubezpieczeni", "opieka medyczna", "opieki medycznej", "prywatna opieka", "multisport", "karta sportowa", "kartę sportową", "umowa o pracę", "umowę o pracę", "stabilne zatrudnienie", "szkoleni", "premia", "premii", "premię", "dofinansowani", "elastyczn", "urlop", "owocowe", "pakiet", "wynagrodzeni", "atrakcyjne", "możliwość rozwoju", "rozwoju zawodowego", "praca zdalna", "pracy zdalnej", "benefit", "paczki świąteczne", "bony", "imprezy integracyjne"],
    "interview-process": ["rozmowa z", "rozmowa techniczna", "rozmowa rekrutacyjna", "spotkanie z", "zadanie rekrutacyjne", "zadanie techniczne", "test techniczny", "oferta pracy", "minut"],
  },
  // --- chrome by shape (issue 11 part 4): buttons, site sentences, cross-links, screening answers, counters ---
    uiVerbLast: true,
    uiVerbs: ["odpowiedz", "odpowiedź", "aplikuj", "zapisz", "udostępnij", "zgłoś", "zobacz", "sprawdź", "wyświetl", "pokaż", "drukuj", "wydrukuj", "pobierz", "zaloguj", "zaloguj się", "zarejestruj", "zarejestruj się", "odkryj", "szukaj", "wyszukaj", "porównaj", "utwórz", "czytaj", "przeczytaj", "wróć do", "obserwuj", "kliknij"],
    uiObjects: ["ofert", "ogłoszen", "prac", "pracodaw", "firm", "stron", "profil", "aplikacj", "demo", "premium", "znajom", "polityk", "alert", "wynagrodzen", "zarobk", "opini", "link", "teraz", "więcej", "tutaj", "wszystkie", "rekruter", "kont"],
    siteTerms: ["nie ponosi odpowiedzialności", "cookie", "ciasteczk", "polityka prywatności", "polityką prywatności", "polityki prywatności", "regulamin serwisu", "twoja przeglądarka", "włącz javascript", "ta strona", "tej stronie", "tej strony", "wszelkie prawa zastrzeżone", "wypisz się", "ten e-mail", "deklaracja dostępności"],
    boardNouns: ["oferty", "praca", "zarobki", "ogłoszenia", "oferty pracy"],
    placeWords: ["w", "we", "na"],
    answerWords: ["tak", "nie", "pomiń"],
    formFields: ["imię", "nazwisko", "imię i nazwisko", "e-mail", "email", "telefon", "wiadomość", "twoja wiadomość", "wyślij", "wyślij wiadomość", "załącz cv"],
    counterNouns: ["pracowników", "obserwujących", "kandydatów", "aplikacji", "opinii", "ocen", "gwiazdk", "wyświetleń"],
  labels: {
    tags: ["słowa kluczowe", "tagi"],
    title: ["stanowisko", "nazwa stanowiska", "tytuł stanowiska"],
    company: ["kto szuka", "pracodawca", "firma", "nazwa firmy", "nazwa pracodawcy"],
    location: ["lokalizacja", "miejsce pracy", "miasto", "adres", "miejsce wykonywania pracy", "adres miejsca pracy"],
    region: ["województwo", "region"],
    salary: ["wynagrodzenie", "widełki", "stawka", "wynagrodzenie brutto", "wynagrodzenie netto", "widełki wynagrodzenia", "stawka godzinowa", "płaca"],
    employmentType: ["rodzaj umowy", "typ umowy", "forma zatrudnienia", "wymiar etatu", "wymiar pracy", "rodzaj zatrudnienia", "etat", "umowa", "rodzaj pracy", "wymiar czasu pracy"],
    workplaceType: ["tryb pracy", "model pracy", "praca zdalna", "forma pracy"],
    category: ["branża", "kategoria", "obszar", "specjalizacja", "kategoria oferty"],
    department: ["dział", "departament"],
    experience: ["doświadczenie", "wymagane doświadczenie", "staż pracy", "lata doświadczenia"],
    education: ["wykształcenie", "wymagane wykształcenie"],
    seniority: ["poziom stanowiska", "poziom", "stopień"],
    postedAt: ["data publikacji", "opublikowano", "dodano", "data dodania"],
    validThrough: ["ważna do", "oferta ważna do", "termin składania aplikacji", "aplikuj do", "termin nadsyłania zgłoszeń", "ważność oferty"],
    startDate: ["data rozpoczęcia", "rozpoczęcie pracy", "początek pracy", "data rozpoczęcia pracy", "start pracy"],
  },
};
