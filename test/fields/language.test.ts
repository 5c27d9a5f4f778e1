import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/fields/language.js";

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
];

// Text with no prose to tell a language by.
const NONE = ["", "   ", "12345 67890", "$120,000 - $150,000", "https://example.com/jobs/42", "Go, Rust, Kubernetes", "—", "SQL", "AWS / GCP", "C++", "🚀"];

describe("detectLanguage", () => {
  it.each(ROWS)("%s", (text, lang) => expect(detectLanguage(text)).toBe(lang));
  it.each(NONE)("tells no language from %j", (text) => expect(detectLanguage(text)).toBeNull());
  it("stays fast on a huge input", () => {
    const t = Date.now();
    detectLanguage("the and ".repeat(200000));
    expect(Date.now() - t).toBeLessThan(500);
  });
});
