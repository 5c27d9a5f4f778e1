import type { Lexicon } from "./types.js";

/** Portuguese headings, labels and board chrome, Brazilian and European (Net-Empregos, Sapo Emprego, ITJobs.pt). */
export const pt: Lexicon = {
  headings: {
    "about-company": ["sobre nós", "quem somos", "a empresa", "sobre a empresa", "nossa empresa", "a nossa empresa", "quem somos nós", "conhece-nos"],
    "about-role": ["descrição da vaga", "sobre a vaga", "a vaga", "descrição", "o cargo", "sobre o cargo", "a função", "sua missão", "a tua missão", "descrição da função", "descrição da oferta", "o desafio", "a oportunidade", "oferta de emprego"],
    responsibilities: ["responsabilidades", "atividades", "suas responsabilidades", "principais atividades", "o que você vai fazer", "o que você fará", "atribuições", "suas atividades", "responsabilidades e atribuições", "no dia a dia",
      // European Portuguese
      "funções", "principais funções", "as tuas funções", "as suas funções", "o que vais fazer", "o teu dia a dia", "tarefas", "principais tarefas", "principais responsabilidades", "as tuas responsabilidades", "actividades"],
    requirements: ["requisitos", "requisitos e qualificações", "qualificações", "perfil", "seu perfil", "o que buscamos", "o que esperamos", "o que procuramos", "pré-requisitos", "competências",
      // European Portuguese
      "o teu perfil", "o seu perfil", "perfil procurado", "perfil pretendido", "requisitos mínimos", "o que precisas", "o que precisas de ter", "o que esperamos de ti", "procuramos", "requisitos obrigatórios"],
    "nice-to-have": ["diferenciais", "será um diferencial", "desejável", "desejáveis", "requisitos desejáveis", "é um plus", "valorizamos", "será valorizado", "será valorizada", "é valorizado", "valoriza-se", "fatores preferenciais", "factores preferenciais", "fator preferencial", "preferencial", "requisitos preferenciais", "é uma mais-valia", "mais-valias", "será uma mais-valia"],
    benefits: ["benefícios", "oferecemos", "o que oferecemos", "nossos benefícios", "vantagens", "o que você vai ter", "o que te oferecemos", "o que lhe oferecemos", "regalias", "os nossos benefícios", "porquê trabalhar connosco", "porquê juntares-te a nós", "o que temos para ti", "o que temos para oferecer"],
    compensation: ["salário", "remuneração"],
    "interview-process": ["processo seletivo", "etapas do processo", "processo de seleção", "etapas", "processo de recrutamento", "processo de selecção", "fases do processo"],
    skills: ["habilidades", "tecnologias", "ferramentas"],
    diversity: ["diversidade", "diversidade e inclusão", "inclusão"],
    "how-to-apply": ["como se candidatar", "candidatura", "inscreva-se", "candidaturas", "como te candidatares", "candidata-te", "envia a tua candidatura", "como candidatar-se"],
  },
  chromeHeadings: { "apply-form": ["perguntas da vaga", "perguntas de triagem"], "similar-jobs": ["vagas semelhantes", "vagas similares", "outras vagas", "ofertas semelhantes", "ofertas relacionadas"], share: ["denunciar vaga", "salvar vaga", "denunciar anúncio", "compartilhar", "partilhar", "partilhar oferta"] },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["denunciar vaga", "reportar vaga", "denunciar anúncio", "salvar vaga", "candidatura rápida", "candidatura simplificada", "política de privacidade", "termos de uso", "política de cookies"],
    "similar-jobs": ["vagas similares", "vagas semelhantes", "ofertas semelhantes"],
 navigation: ["publicar oferta", "publicar vaga", "anunciar vaga", "candidatar-se", "candidate-se", "compartilhar", "salvar", "voltar", "ver mais", "candidata-te", "candidatar", "partilhar", "guardar", "guardar oferta", "ver menos"] },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: [
    // the chrome of the biggest boards in every language: profile insights, "from the full job description", related searches, view counters, scam notes
    "insights do perfil", "extraído da descrição completa", "enviar a um amigo", "pesquisas relacionadas",
    "utilizamos cookies", "usamos cookies", "este site utiliza cookies", "este site usa cookies", "feito com ❤️", "feito com ♥", "todos os direitos reservados"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["respons", "atividade", "atribuiç", "funç", "funcoes", "dia a dia", "o que você vai fazer", "o que você fará", "missão", "desafio"],
    requirements: ["requisit", "qualifica", "perfil", "necessári", "necessario", "exig", "o que buscamos", "o que esperamos", "procuramos", "formação", "experiência", "competências"],
    "nice-to-have": ["diferencia", "desejáve", "desejave", "plus", "bônus", "bonus", "ideal"],
    benefits: ["benefíc", "beneficio", "vantage", "oferec", "o que você vai ter", "o que oferecemos"],
    compensation: ["salário", "remuneração"],
    "interview-process": ["etapa", "processo", "seletiv", "seleção", "recrutamento", "entrevista"],
    skills: ["habilidade", "tecnologia", "ferramenta", "stack", "competência"],
    teams: ["equipes", "squads"],
    "about-company": ["sobre nós", "quem somos", "a empresa", "sobre a empresa"],
    "about-role": ["descrição", "sobre a vaga", "o cargo"],
    diversity: ["diversidade", "inclusão"],
    "how-to-apply": ["candidatur", "candidatar", "candidate se", "candidata te", "inscreva", "contato"],
  },
  itemStems: {
    responsibilities: ["-ar", "-er", "-ir", "gestão", "elaboração", "apoio", "acompanhamento", "atendimento", "desenvolvimento de", "você vai", "você irá"],
    requirements: ["anos", "experiência", "graduação", "formação", "ensino", "superior", "conhecimento", "domínio", "inglês", "nível", "ter experiência", "ter conhecimento", "ter disponibilidade", "possuir", "vivência", "capacidade", "habilidade", "certifica"],
    "nice-to-have": ["diferencial", "desejável", "será um plus", "um plus", "preferencialmente", "idealmente"],
    benefits: ["plano de saúde", "plano odontológico", "saúde", "odontológico", "vale", "auxílio", "gympass", "wellhub", "férias", "bônus", "plr", "seguro de vida", "day off", "home office", "remoto", "salário", "previdência", "alimentação", "refeição", "totalpass", "licença"],
    "interview-process": ["entrevista", "conversa", "etapa", "teste técnico", "desafio técnico", "minutos", "bate-papo", "dinâmica", "entrevista técnica", "teste prático"],
  },
  notInfinitives: ["lugar", "familiar", "similar", "particular", "auxiliar", "regular", "popular", "militar", "escolar", "titular", "mulher", "lazer", "celular", "melhor", "maior", "menor", "por", "líder"],
  // --- chrome by shape (issue 11 part 4): buttons, site sentences, cross-links, screening answers, counters ---
    uiVerbs: ["responder", "responda", "candidatar", "candidatar se", "candidate se", "candidatar-me", "compartilhar", "compartilhe", "partilhar", "ver", "veja", "denunciar", "salvar", "guardar", "imprimir", "baixar", "descarregar", "entrar", "fazer login", "iniciar sessão", "cadastrar", "cadastre se", "registar", "explorar", "descobrir", "descubra", "buscar", "pesquisar", "comparar", "criar", "crie", "ler", "voltar para", "voltar às", "seguir", "clique", "clicar", "aplicar", "enviar", "envie", "baixe", "assine", "junte-se"],
    uiObjects: ["vaga", "emprego", "oferta", "empresa", "página", "perfil", "candidatura", "demo", "premium", "amigo", "política", "alerta", "salário", "avaliaç", "link", "site", "agora", "mais", "aqui", "todas", "recrutador", "empregador", "conta", "anúncio", "cv", "currículo", "app", "aplicativo", "canal"],
    siteTerms: ["não é responsável pelo processo", "nenhum pagamento", "cookie", "política de privacidade", "termos de uso", "termos e condições", "seu navegador", "o navegador", "ativar javascript", "este site", "esta página", "site oficial", "todos os direitos reservados", "cancelar inscrição", "descadastrar", "este e-mail", "este email", "alerta de vagas", "alerta de emprego", "declaração de acessibilidade", "desenvolvido por"],
    boardNouns: ["vagas", "empregos", "salários", "ofertas", "vagas de emprego", "ofertas de emprego"],
    placeWords: ["em", "na", "no"],
    answerWords: ["sim", "não", "pular"],
    formFields: ["nome", "sobrenome", "e-mail", "email", "telefone", "mensagem", "sua mensagem", "enviar", "anexar currículo"],
    counterNouns: ["funcionários", "colaboradores", "seguidores", "candidatos", "candidaturas", "avaliações", "estrelas", "visualizações"],
  labels: {
    tags: ["palavras-chave", "palavras chave", "tags"],
    title: ["cargo", "vaga", "título"],
    company: ["empresa"],
    location: ["local", "localização", "local de trabalho", "cidade", "distrito", "zona"],
    region: ["estado", "uf"],
    salary: ["salário", "remuneração", "faixa salarial", "vencimento", "retribuição", "remuneração base"],
    employmentType: ["tipo de contrato", "regime de contratação", "contrato", "regime", "jornada", "horário", "regime de trabalho", "tipo de vínculo"],
    workplaceType: ["modelo de trabalho", "modalidade", "modelo"],
    category: ["área", "categoria", "setor", "área de atuação", "área e especialização profissional", "especialização"],
    experience: ["experiência"],
    education: ["escolaridade", "formação", "educação", "nível de escolaridade", "formação académica", "formação acadêmica", "habilitações"],
    postedAt: ["publicada em", "publicado em", "data de publicação", "data"],
    validThrough: ["inscrições até", "prazo"],
    seniority: ["nível hierárquico", "nível", "senioridade", "nível de experiência"],
  },
};
