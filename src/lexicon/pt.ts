import type { Lexicon } from "./types.js";

/** Portuguese headings, labels and board chrome. */
export const pt: Lexicon = {
  headings: {
    "about-company": ["sobre nós", "quem somos", "a empresa", "sobre a empresa", "nossa empresa"],
    "about-role": ["descrição da vaga", "sobre a vaga", "a vaga", "descrição", "o cargo", "sobre o cargo", "a função", "sua missão"],
    responsibilities: ["responsabilidades", "atividades", "suas responsabilidades", "principais atividades", "o que você vai fazer", "o que você fará", "atribuições", "suas atividades", "responsabilidades e atribuições", "no dia a dia"],
    requirements: ["requisitos", "requisitos e qualificações", "qualificações", "perfil", "seu perfil", "o que buscamos", "o que esperamos", "o que procuramos", "pré-requisitos", "competências"],
    "nice-to-have": ["diferenciais", "será um diferencial", "desejável", "desejáveis", "requisitos desejáveis", "é um plus"],
    benefits: ["benefícios", "oferecemos", "o que oferecemos", "nossos benefícios", "vantagens", "o que você vai ter"],
    compensation: ["salário", "remuneração"],
    "interview-process": ["processo seletivo", "etapas do processo", "processo de seleção", "etapas"],
    skills: ["habilidades", "tecnologias", "ferramentas"],
    diversity: ["diversidade", "diversidade e inclusão", "inclusão"],
    "how-to-apply": ["como se candidatar", "candidatura", "inscreva-se"],
  },
  chromeHeadings: { "similar-jobs": ["vagas semelhantes", "vagas similares", "outras vagas"], share: ["compartilhar"] },
  chromeLines: { navigation: ["candidatar-se", "candidate-se", "compartilhar", "salvar", "voltar", "ver mais"] },
  labels: {
    title: ["cargo", "vaga", "título"],
    company: ["empresa"],
    location: ["local", "localização", "local de trabalho", "cidade"],
    salary: ["salário", "remuneração", "faixa salarial"],
    employmentType: ["tipo de contrato", "regime de contratação", "contrato", "regime", "jornada"],
    workplaceType: ["modelo de trabalho", "modalidade", "modelo"],
    category: ["área", "categoria", "setor"],
    experience: ["experiência"],
    education: ["escolaridade", "formação", "educação"],
    postedAt: ["publicada em", "publicado em", "data de publicação"],
    validThrough: ["inscrições até", "prazo"],
  },
};
