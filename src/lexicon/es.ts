import type { Lexicon } from "./types.js";

/** Spanish headings, labels and board chrome (InfoJobs, Tecnoempleo, Indeed ES, Computrabajo). */
export const es: Lexicon = {
  headings: {
    "about-company": ["sobre nosotros", "quiénes somos", "quienes somos", "la empresa", "acerca de nosotros", "nuestra empresa", "sobre la empresa", "empresa", "descripción de la empresa"],
    "about-role": ["descripción del puesto", "descripción de la oferta", "descripción", "el puesto", "sobre el puesto", "el rol", "tu rol", "sobre el rol", "la posición", "sobre la posición", "oferta", "descripción del empleo", "detalles de la oferta", "misión", "tu misión", "misión del puesto"],
    overview: ["resumen", "datos de la oferta", "detalles del puesto", "detalle del aviso", "información del puesto"],
    responsibilities: ["funciones", "responsabilidades", "tus funciones", "tus responsabilidades", "qué harás", "que harás", "qué vas a hacer", "tareas", "principales funciones", "funciones principales", "tu día a día", "día a día", "lo que harás", "cuáles serán tus funciones", "tus tareas", "funciones del puesto"],
    requirements: ["requisitos", "requisitos del puesto", "perfil", "tu perfil", "perfil buscado", "perfil requerido", "qué buscamos", "que buscamos", "buscamos", "lo que buscamos", "qué necesitas", "requerimientos", "experiencia requerida", "cualificaciones", "lo que necesitas", "qué te pedimos", "te pedimos", "conocimientos", "competencias", "requisitos imprescindibles", "imprescindible", "lo que aportas", "qué aportas"],
    "nice-to-have": ["se valorará", "se valora", "valorable", "valoraremos", "deseable", "requisitos deseados", "será un plus", "un plus", "puntos extra", "es un plus", "se valorará positivamente", "también valoramos", "suma", "suman", "suma puntos", "sumará", "sumarán", "suma puntos si"],
    benefits: ["ofrecemos", "qué ofrecemos", "que ofrecemos", "lo que ofrecemos", "beneficios", "te ofrecemos", "qué te ofrecemos", "ventajas", "nuestros beneficios", "por qué unirte", "por qué trabajar con nosotros", "condiciones", "lo que te ofrecemos", "beneficios sociales", "se ofrece", "se ofrecen"],
    compensation: ["salario", "remuneración", "retribución", "rango salarial", "salario y beneficios"],
    "interview-process": ["proceso de selección", "proceso de contratación", "etapas del proceso", "proceso"],
    skills: ["habilidades", "competencias clave", "tecnologías", "stack tecnológico", "herramientas", "aptitudes"],
    tags: ["etiquetas", "palabras clave"],
    diversity: ["diversidad", "igualdad de oportunidades", "inclusión", "diversidad e inclusión"],
    "how-to-apply": ["cómo aplicar", "como aplicar", "cómo postularse", "cómo postular", "cómo inscribirse", "como inscribirse", "cómo inscribirte", "inscripción", "postúlate", "envía tu candidatura", "contacto", "interesado"],
  },
  chromeHeadings: { "apply-form": ["preguntas del aviso", "preguntas de selección", "preguntas de filtro"],
    "similar-jobs": ["ofertas similares", "empleos similares", "otras ofertas", "también te puede interesar", "ofertas relacionadas", "otras ofertas de empleo"],
    share: ["denunciar oferta", "denunciar aviso", "guardar oferta", "guardar aviso", "compartir", "compartir oferta"],
    faq: ["preguntas frecuentes"],
  },
  chromeLines: {
    // facts helper: report/save buttons, legal footers, similar-job lines, across boards
    board: ["denunciar oferta", "denunciar aviso", "denunciar empleo", "reportar oferta", "postulación rápida", "postulacion rapida", "postularme", "postular ahora", "guardar oferta", "guardar aviso", "compartir aviso", "política de privacidad", "aviso legal", "política de cookies"],
    "similar-jobs": ["ofertas similares", "avisos similares", "empleos similares"],

    navigation: ["publicar oferta", "publicar empleo", "publicar aviso", "publica tu oferta", "acceso candidatos", "acceso empresas", "ofertas de empleo", "compartir oferta", "inscribirme en esta oferta", "inscribirme", "inscríbete", "aplicar", "postular", "compartir", "guardar", "volver", "volver a la búsqueda", "iniciar sesión", "regístrate", "ver más", "ver menos", "denunciar oferta", "ver oferta", "ir al contenido", "buscar empleo"],
  },
  // facts helper: cookie notices, copyright lines, board counters
  chromePrefixes: [
    // the chrome of the biggest boards in every language: profile insights, "from the full job description", related searches, view counters, scam notes
    "información del perfil", "extraído de la descripción completa", "búsquedas relacionadas", "coinciden con tu perfil",
    "utilizamos cookies", "usamos cookies", "este sitio utiliza cookies", "este sitio web utiliza cookies", "este sitio usa cookies", "inscritos:", "ver más avisos", "ver más ofertas", "todos los derechos reservados"],
  // --- sections by evidence (issue 11): stems that vote for a kind ---
  headingStems: {
    responsibilities: ["funciones", "función", "respons", "tarea", "actividad", "atribuci", "día a día", "dia a dia", "qué harás", "que harás", "harás", "misión", "objetivo"],
    requirements: ["requisit", "requerim", "requerid", "perfil", "exig", "qualif", "cualif", "buscamos", "necesit", "formación", "experiencia", "conocimiento", "imprescindible", "competencias requeridas"],
    "nice-to-have": ["deseable", "valora", "plus", "preferib", "ideal", "bonus", "diferencial"],
    benefits: ["beneficio", "ofrec", "ventaja", "prestacion", "ofrecemos", "por qué unirte", "condiciones"],
    compensation: ["salario", "remuneración", "retribución", "sueldo"],
    "interview-process": ["proceso", "selección", "etapa", "entrevista", "reclutamiento", "contratación", "pasos"],
    skills: ["habilidad", "herramienta", "tecnolog", "competencia", "aptitud", "stack"],
    teams: ["equipos"],
    "about-company": ["sobre nosotros", "quiénes somos", "quienes somos", "empresa", "nosotros"],
    "about-role": ["descripción", "el puesto", "el rol", "la posición", "oferta"],
    diversity: ["diversidad", "inclusión", "igualdad"],
    "how-to-apply": ["postul", "aplicar", "inscripción", "inscribirse", "inscribirte", "contacto", "interesad", "envía", "enviar"],
  },
  itemStems: {
    responsibilities: ["-ar", "-er", "-ir", "gestión", "elaboración", "atención", "apoyo", "seguimiento", "control", "realización", "coordinación"],
    requirements: ["años", "experiencia", "título", "titulo", "licenciatura", "licenciad", "egresad", "estudiante", "bachiller", "grado", "conocimiento", "dominio", "manejo", "nivel", "tener", "poseer", "contar con", "capacidad", "habilidad", "disponibilidad", "indispensable", "excluyente", "imprescindible", "formación", "profesional en"],
    "nice-to-have": ["deseable", "valorable", "se valorará", "valorará", "un plus", "preferible", "preferiblemente", "idealmente"],
    benefits: ["seguro", "vacaciones", "bono", "bonos", "prestaciones", "de ley", "compensación", "salario", "sueldo", "remoto", "trabajo remoto", "desde casa", "crecimiento", "capacitación", "formación continua", "horario flexible", "flexibilidad", "días libres", "ambiente", "estabilidad", "aguinaldo", "comisiones", "oportunidades", "comida", "uniforme"],
    "interview-process": ["entrevista", "prueba técnica", "etapa", "fase", "minutos", "llamada inicial", "entrevista técnica", "reunión con", "prueba práctica"],
  },
  notInfinitives: ["lugar", "hogar", "familiar", "similar", "particular", "titular", "auxiliar", "regular", "popular", "militar", "escolar", "mujer", "taller", "líder", "máster", "bachiller", "nivel", "mayor", "menor", "mejor", "por", "ser"],
  // --- chrome by shape (issue 11 part 4): buttons, site sentences, cross-links, screening answers, counters ---
    uiVerbs: ["responder", "responde", "inscribirme", "inscribirse", "inscríbete", "postular", "postularme", "postúlate", "aplicar", "aplica", "solicitar", "compartir", "comparte", "ver", "reportar", "denunciar", "guardar", "guarda", "imprimir", "descargar", "iniciar sesión", "inicia sesión", "registrarse", "regístrate", "explorar", "descubre", "descubrir", "buscar", "comparar", "crear", "crea", "leer", "volver a", "seguir", "haz clic", "pulsa", "reservar", "descarga", "únete", "suscríbete", "chatea", "envía", "enviar"],
    uiObjects: ["oferta", "empleo", "empresa", "página", "perfil", "candidatura", "postulación", "solicitud", "demo", "premium", "amigo", "política", "alerta", "salario", "sueldo", "opiniones", "reseña", "enlace", "sitio", "ahora", "más", "aquí", "todas", "todos", "reclutador", "empleador", "cuenta", "vacante", "puesto", "app", "aplicación", "canal", "cv", "currículum"],
    siteTerms: ["no es responsable de su proceso", "no es responsable del proceso", "ningún pago", "cookie", "política de privacidad", "aviso de privacidad", "aviso legal", "términos y condiciones", "condiciones de uso", "tu navegador", "su navegador", "activar javascript", "este sitio", "esta página", "sitio oficial", "todos los derechos reservados", "darse de baja", "darte de baja", "este correo", "alerta de empleo", "declaración de accesibilidad", "con la tecnología de"],
    boardNouns: ["empleos", "ofertas", "trabajos", "salarios", "vacantes", "ofertas de trabajo", "ofertas de empleo"],
    placeWords: ["en"],
    answerWords: ["sí", "si", "no", "omitir"],
    formFields: ["nombre", "apellidos", "correo", "correo electrónico", "e-mail", "email", "teléfono", "mensaje", "tu mensaje", "enviar", "adjuntar cv"],
    counterNouns: ["empleados", "seguidores", "candidatos", "inscritos", "postulaciones", "valoraciones", "opiniones", "estrellas", "visitas"],
  labels: {
    tags: ["palabras clave", "etiquetas"],
    title: ["puesto", "título", "cargo", "título del puesto", "nombre del puesto"],
    company: ["empresa", "compañía", "empleador"],
    location: ["ubicación", "localización", "lugar de trabajo", "ciudad", "población", "localidad", "comuna", "municipio"],
    region: ["provincia", "región", "comunidad autónoma"],
    salary: ["salario", "sueldo", "retribución", "salario bruto", "remuneración", "rango salarial", "salario anual", "renta", "renta líquida", "renta bruta", "sueldo líquido", "sueldo bruto"],
    employmentType: ["tipo de contrato", "jornada", "contrato", "tipo de jornada", "tipo de empleo", "jornada laboral", "contratación", "tipo de contratación", "horario"],
    workplaceType: ["modalidad", "teletrabajo", "modalidad de trabajo", "tipo de trabajo", "remoto", "espacio de trabajo"],
    category: ["categoría", "sector", "área", "departamento", "industria", "área funcional", "subcategoría", "área de trabajo"],
    experience: ["experiencia", "experiencia mínima", "años de experiencia"],
    education: ["estudios", "estudios mínimos", "formación", "titulación", "nivel de estudios", "educación", "educación mínima", "escolaridad", "nivel educativo", "nivel educacional", "nivel académico", "grado académico", "nivel de formación"],
    postedAt: ["publicado", "publicada", "fecha de publicación", "publicado el", "publicada el", "fecha"],
    validThrough: ["fecha límite", "plazo", "fecha de cierre", "plazo de inscripción", "fecha fin de plazo", "fin de plazo", "fecha fin"],
    startDate: ["incorporación", "fecha de incorporación", "inicio"],
    seniority: ["nivel", "categoría profesional", "nivel profesional", "nivel jerárquico", "jerarquía"],
    skills: ["conocimientos", "conocimientos necesarios", "tecnologías", "aptitudes"],
  },
};
