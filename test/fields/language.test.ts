import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/fields/language.js";
import { parseJobPosting } from "../../src/index.js";

// Posting prose and short keyword-heavy overviews in each language (invented).
const ROWS: [string, string][] = [
  ["We are looking for a backend engineer to join our platform team. You will build APIs and own services end to end.", "en"],
  ["Requirements: 5+ years of experience with Go. Benefits: health insurance, 25 days off.", "en"],
  ["About the role. What you'll do: design the billing system and work with the finance team.", "en"],
  ["You will report to the Head of Data and work closely with our analysts and engineers.", "en"],
  ["Strong communication skills and the ability to work independently are a must for this job.", "en"],
  ["Nous recherchons un développeur backend pour rejoindre notre équipe. Vous serez responsable de la conception des services.", "fr"],
  ["Profil recherché : Bac+5 en informatique, 3 ans d'expérience minimum. Avantages : tickets restaurant, mutuelle.", "fr"],
  ["Vos missions : piloter les projets clients et animer les ateliers avec les équipes métier.", "fr"],
  ["Le poste est basé à Lyon avec deux jours de télétravail par semaine.", "fr"],
  ["Rémunération : 45 à 55 k€ selon profil, avec une prime annuelle sur objectifs.", "fr"],
  ["Wir suchen einen Backend-Entwickler für unser Team. Du bist verantwortlich für die Entwicklung unserer Dienste.", "de"],
  ["Anforderungen: abgeschlossenes Studium der Informatik, mindestens 3 Jahre Berufserfahrung. Wir bieten: flexible Arbeitszeiten.", "de"],
  ["Deine Aufgaben: Du planst Kampagnen und betreust unsere Kunden im Tagesgeschäft.", "de"],
  ["Sie arbeiten im Team und unterstützen die Geschäftsleitung bei der Planung.", "de"],
  ["Bei uns erwartet dich ein modernes Büro in der Speicherstadt und ein tolles Team.", "de"],
  ["Buscamos un desarrollador backend para unirse a nuestro equipo. Serás responsable del diseño de los servicios.", "es"],
  ["Requisitos: experiencia mínima de 3 años en React. Se ofrece: contrato indefinido, teletrabajo y horario flexible.", "es"],
  ["Funciones: gestionar la cartera de clientes y preparar las ofertas comerciales.", "es"],
  ["Ofrecemos un salario competitivo y la posibilidad de crecer dentro de la empresa.", "es"],
  ["Te incorporarás al equipo de datos para construir los informes de negocio.", "es"],
  ["Estamos à procura de um desenvolvedor backend para se juntar à nossa equipe. Você será responsável pelo desenho dos serviços.", "pt"],
  ["Vaga para analista de dados. Requisitos: experiência com SQL e Python, conhecimento em Power BI. Benefícios: vale refeição.", "pt"],
  ["Você vai trabalhar com o time de produto para melhorar a experiência dos nossos clientes.", "pt"],
  ["Oferecemos plano de saúde, vale transporte e horário flexível para toda a equipe.", "pt"],
  ["As atividades incluem a análise dos dados de vendas e a preparação de relatórios mensais.", "pt"],
  ["Cerchiamo uno sviluppatore backend che si unisca al nostro team. Sarai responsabile della progettazione dei servizi.", "it"],
  ["Offerta di lavoro: addetto alle vendite. Requisiti: esperienza nel settore, ottime capacità comunicative.", "it"],
  ["Si offre contratto a tempo indeterminato e la possibilità di crescita in azienda.", "it"],
  ["La risorsa si occuperà della gestione dei clienti e della preparazione delle offerte.", "it"],
  ["Il candidato ideale ha una laurea in economia e una buona conoscenza della lingua inglese.", "it"],
  // Polish: shares "a", "do", "o", "na" with Portuguese; its own words and letters decide
  ["Twój zakres obowiązków: obsługa klientów oraz przygotowanie ofert. Oferujemy umowę o pracę i pakiet benefitów.", "pl"],
  ["Nasze wymagania: min. 2 lata doświadczenia w sprzedaży, bardzo dobra znajomość języka angielskiego.", "pl"],
  ["Poszukujemy osoby do pracy w magazynie w Poznaniu, praca od poniedziałku do piątku.", "pl"],
  ["Mile widziane doświadczenie w pracy z klientem oraz prawo jazdy kat. B", "pl"],
  ["Do Twoich obowiązków będzie należało wsparcie zespołu sprzedaży i kontakt z partnerami.", "pl"],
  // Dutch: shares "de", "en", "in", "op" with its neighbours
  ["Wat ga je doen? Je bent verantwoordelijk voor het beheer van onze klantenservice en je werkt nauw samen met het team.", "nl"],
  ["Wie ben jij? Je hebt een afgeronde hbo-opleiding en minimaal 3 jaar ervaring in een vergelijkbare functie.", "nl"],
  ["Wat bieden wij? Een goed salaris, 25 vakantiedagen en de mogelijkheid om thuis te werken.", "nl"],
  ["Voor onze vestiging in Utrecht zoeken wij een enthousiaste collega voor 32 tot 40 uur per week.", "nl"],
  // Vietnamese: its tone-marked vowels are never French or Italian
  ["Mô tả công việc: Phát triển và bảo trì hệ thống phần mềm cho khách hàng trong và ngoài nước.", "vi"],
  ["Yêu cầu ứng viên: Có ít nhất 2 năm kinh nghiệm lập trình Java, ưu tiên ứng viên biết tiếng Anh.", "vi"],
  ["Quyền lợi: Lương tháng 13, thưởng theo hiệu quả công việc, đóng bảo hiểm đầy đủ.", "vi"],
  ["Địa điểm làm việc: Hà Nội. Thời gian làm việc: thứ 2 đến thứ 6.", "vi"],
  // languages no lexicon covers: named as they are, not taken for a neighbour (Czech is not Polish)
  ["Hledáme backend vývojáře do našeho týmu. Náplň práce: vývoj služeb v jazyce Go. Požadujeme 3 roky zkušenosti. Nabízíme 5 týdnů dovolené.", "cs"],
  ["Náplň práce je různorodá a budete součástí týmu, který se stará o naše zákazníky.", "cs"],
  ["Hľadáme kolegu do nášho tímu. Ponúkame stabilnú prácu a požadujeme skúsenosti s účtovníctvom.", "sk"],
  ["Tražimo kolegu za rad u našem timu. Nudimo stalni posao, a potrebno je iskustvo u prodaji od dvije godine.", "hr"],
  ["Căutăm un coleg pentru echipa noastră. Oferim salariu competitiv și cerințe: experiență de minim 2 ani.", "ro"],
  ["Csapatunkba keresünk munkatársat. Elvárások: legalább 2 év tapasztalat. Amit kínálunk: versenyképes fizetés.", "hu"],
  ["Ekibimize katılacak deneyimli bir yazılım geliştirici arıyoruz. Aranan nitelikler: en az 3 yıl deneyim.", "tr"],
  // Finnish writes "ä" and "ö" as German does: its stop words tell it apart
  ["Haemme tiimiimme myyjää. Toivomme sinulta kokemusta asiakaspalvelusta sekä hyvää suomen kielen taitoa. Tarjoamme liukuvan työajan.", "fi"],
  // writing systems that name their language, with the English words of tech postings among them
  ["주요 업무: 데이터 파이프라인 설계 및 운영, SQL 기반 데이터 마트 구축. 자격 요건: 3년 이상의 경력.", "ko"],
  ["우대 사항\n- Python, Airflow 사용 경험\n- AWS 환경에서의 운영 경험", "ko"],
  ["バックエンドエンジニアを募集しています。Go言語での開発経験がある方を歓迎します。", "ja"],
  ["我们正在招聘后端工程师，负责公司核心系统的设计与开发。要求三年以上相关工作经验。", "zh"],
  ["Мы ищем опытного разработчика, который будет отвечать за развитие нашей платформы.", "ru"],
  ["Ми шукаємо досвідченого розробника, який відповідатиме за розвиток нашої платформи.", "uk"],
  ["Търсим опитен разработчик, който ще отговаря за развитието на нашата платформа.", "bg"],
  ["Тражимо искусног програмера који ће бити одговоран за развој наше платформе.", "sr"],
  ["Αναζητούμε έμπειρο προγραμματιστή για την ομάδα μας στην Αθήνα.", "el"],
  ["نبحث عن مطور برمجيات ذو خبرة للانضمام إلى فريقنا في دبي.", "ar"],
  ["אנחנו מחפשים מפתח תוכנה מנוסה שיצטרף לצוות שלנו בתל אביב.", "he"],
  // styled letters are read as the plain ones
  ["𝗥𝗲𝗾𝘂𝗶𝘀𝗶𝘁𝗼𝘀: experiencia en ventas y atención al cliente, disponibilidad para trabajar en equipo.", "es"],
];

// English prose that names places and companies in other scripts stays English.
const MIXED: [string, string][] = [
  ["We are hiring a data engineer for our office in Seoul (서울). You will work with the analytics team on our pipelines.", "en"],
  ["Our client, Nguyễn & Partners, is looking for an accountant to join their team in London.", "en"],
  ["You will join the Kraków office of our company and work with the platform team on the payments product.", "en"],
];

// Text with no prose to tell a language by.
const NONE = ["", "   ", "12345 67890", "$120,000 - $150,000", "https://example.com/jobs/42", "Go, Rust, Kubernetes", "—", "SQL", "AWS / GCP", "C++", "🚀", "서울", "Łódź", "Hà Nội", "Senior Java Developer", "東京"];

describe("detectLanguage", () => {
  it.each(ROWS)("%s", (text, lang) => expect(detectLanguage(text)).toBe(lang));
  it.each(MIXED)("%s", (text, lang) => expect(detectLanguage(text)).toBe(lang));
  it.each(NONE)("tells no language from %j", (text) => expect(detectLanguage(text)).toBeNull());
  it("stays fast on a huge input", () => {
    const t = Date.now();
    detectLanguage("the and ".repeat(200000));
    expect(Date.now() - t).toBeLessThan(500);
  });
});

describe("language detector", () => {
  const now = new Date("2026-11-27");
  it("names a language no lexicon knows and warns that it has no vocabulary", () => {
    const r = parseJobPosting("Разработчик\n\nМы ищем опытного разработчика, который будет отвечать за развитие нашей платформы.\n\n- Опыт работы с базами данных\n- Знание английского языка", { now });
    expect(r.language).toBe("ru");
    expect(r.warnings).toContain("language ru has no vocabulary");
  });
  it("gives no such warning for a language with a lexicon", () => {
    const r = parseJobPosting("Programista Java\n\nNasze wymagania\n\n- Min. 3 lata doświadczenia w pracy z Javą\n- Bardzo dobra znajomość języka angielskiego", { now });
    expect(r.language).toBe("pl");
    expect(r.warnings.filter((w) => w.startsWith("language"))).toEqual([]);
  });
});
