import type { Lexicon } from "./types.js";

/** Turkish headings, labels and board chrome (Kariyer.net, Yenibiris, Secretcv, company career pages). */
export const tr: Lexicon = {
  headings: {
    "about-company": ["hakkımızda", "şirket hakkında", "firma hakkında", "firmamız hakkında", "şirketimiz hakkında", "biz kimiz", "kimiz", "şirketimiz", "firmamız", "kurum hakkında", "işveren hakkında"],
    "about-role": ["pozisyon hakkında", "iş hakkında", "genel nitelikler ve iş tanımı", "iş tanımı ve nitelikler", "ilan detayı", "ilan açıklaması", "pozisyon tanımı"],
    overview: ["pozisyon bilgileri", "aday kriterleri", "ilan bilgileri", "ilan detayları", "genel bilgiler", "iş bilgileri"],
    responsibilities: [
      "iş tanımı", "görev ve sorumluluklar", "görevler ve sorumluluklar", "sorumluluklar", "görevler", "temel sorumluluklar", "başlıca sorumluluklar", "görev tanımı",
      "temel görevler", "ana sorumluluklar", "neler yapacaksın", "ne yapacaksın", "neler yapacaksınız", "görevlerin", "sorumlulukların", "iş tanımı ve sorumluluklar",
    ],
    requirements: [
      "aranan nitelikler", "genel nitelikler", "nitelikler", "aradığımız nitelikler", "aranan özellikler", "adayda aranan nitelikler", "adaylarda aranan nitelikler",
      "gereksinimler", "beklentilerimiz", "sizden beklentilerimiz", "senden beklentilerimiz", "senden beklediklerimiz", "kimi arıyoruz", "aradığımız yetkinlikler",
      "aday profili", "aranan yetkinlikler", "iş gereksinimleri",
    ],
    "nice-to-have": ["tercih sebebi", "tercih sebebidir", "tercih sebepleri", "tercihen", "tercih nedeni", "artı değer", "avantaj sağlayacak", "olursa artı"],
    benefits: [
      "yan haklar", "sunduklarımız", "neler sunuyoruz", "size sunduklarımız", "sana sunduklarımız", "sağladığımız imkanlar", "imkanlar", "olanaklar", "çalışan hakları",
      "avantajlar", "sana neler sunuyoruz", "size neler sunuyoruz", "neden biz", "ücret ve yan haklar",
    ],
    compensation: ["maaş", "ücret", "maaş aralığı", "ücret bilgisi"],
    "interview-process": ["işe alım süreci", "mülakat süreci", "değerlendirme süreci", "seçme süreci", "süreç nasıl işliyor", "işe alım aşamaları"],
    skills: ["beceriler", "teknik beceriler", "teknolojiler", "yabancı dil", "bilgisayar bilgisi"],
    diversity: ["fırsat eşitliği", "çeşitlilik", "eşit fırsat"],
    "how-to-apply": ["başvuru", "nasıl başvurulur", "başvuru bilgileri", "başvuru şekli", "iletişim", "iletişim bilgileri"],
  },
  // word beginnings that name a kind in headings no phrase covers ("Muhasebe Uzmanının Sorumlulukları", "Adaylarda Aradığımız Nitelikler")
  headingStems: {
    responsibilities: ["sorumluluk", "görevle", "iş tanım", "görev tanım"],
    requirements: ["nitelik", "gereksinim", "beklenti", "aranan", "aradığımız"],
    "nice-to-have": ["tercih sebeb", "tercih neden", "tercihen"],
    benefits: ["yan hak", "sunduklarımız", "sunuyoruz", "imkanlar", "olanaklar"],
    compensation: ["maaş", "ücret"],
    "interview-process": ["işe alım", "mülakat", "seçme süreci"],
    "about-company": ["hakkımızda", "şirket hakkında", "firma hakkında"],
    "how-to-apply": ["başvuru", "iletişim"],
  },
  // words that open or fill a list item and say its kind ("Muhasebe bölümlerinden mezun", "Özel sağlık sigortası")
  itemStems: {
    responsibilities: ["hazırlanması", "yapılması", "yürütülmesi", "takip edilmesi", "takibi", "raporlanması", "kontrolü", "sağlanması", "koordinasyonu", "yönetilmesi", "hazırlamak", "yürütmek", "takip etmek", "raporlamak", "destek verilmesi"],
    requirements: ["mezun", "deneyim", "deneyimli", "tecrübe", "tecrübeli", "bilgi sahibi", "bilgisine sahip", "hakim", "hâkim", "askerlik", "ehliyet", "sürücü belgesi", "seyahat engeli", "iletişim becerisi", "takım çalışmasına yatkın", "en az"],
    "nice-to-have": ["tercih sebebi", "tercih sebebidir", "tercihen", "artı değer"],
    benefits: ["özel sağlık sigortası", "sağlık sigortası", "yemek", "yemekkart", "servis", "prim sistemi", "primler", "prim imkanı", "performans primi", "ikramiye", "yol ücreti", "yemek kartı", "esnek çalışma", "uzaktan çalışma", "eğitim imkanı", "doğum günü izni", "hayat sigortası", "bireysel emeklilik"],
  },
  chromeHeadings: {
    "similar-jobs": ["benzer ilanlar", "benzer iş ilanları", "firmanın diğer ilanları", "bunlar da ilgini çekebilir", "ilgini çekebilecek ilanlar", "diğer ilanlar"],
    share: ["ilanı paylaş"],
  },
  chromeLines: {
    navigation: [
      "başvur", "hemen başvur", "kolay başvur", "ilana başvur", "kaydet", "ilanı kaydet", "paylaş", "ilanı paylaş", "giriş yap", "üye ol", "iş ilanları", "firmalar", "maaşlar",
      "kariyer rehberi", "işveren", "işveren girişi", "geri dön", "tümünü gör", "daha fazla göster", "şikayet et", "ilanı şikayet et", "kabul et", "tümünü kabul et", "reddet",
      "çerez ayarları", "takip et",
    ],
  },
  chromePrefixes: ["çerez politikası", "bu sitede çerez", "tüm hakları saklıdır", "kvkk aydınlatma metni"],
  // --- chrome by shape: buttons put the verb last ("Hemen Başvur", "İlanı Kaydet") ---
  uiVerbs: ["başvur", "kaydet", "paylaş", "indir", "gör", "göster", "takip et", "şikayet et", "giriş yap", "üye ol", "ara", "incele"],
  uiVerbLast: true,
  uiObjects: ["ilan", "iş", "firma", "şirket", "uygulama", "profil", "cv", "hemen", "kolay", "tümünü", "daha fazla"],
  siteTerms: ["çerez", "kvkk", "gizlilik", "kullanım koşulları", "tüm hakları saklıdır", "mobil uygulama", "tarayıcınız"],
  boardNouns: ["iş ilanları", "ilanlar", "ilanları", "firmalar", "maaşlar"],
  answerWords: ["evet", "hayır", "geç"],
  formFields: ["ad soyad", "adınız", "soyadınız", "e-posta", "telefon", "mesaj", "gönder"],
  counterNouns: ["kişi başvurdu", "başvuru", "çalışan", "takipçi", "değerlendirme", "görüntülenme"],
  labels: {
    title: ["pozisyon", "pozisyon adı", "ilan başlığı", "unvan"],
    company: ["firma", "firma adı", "şirket", "şirket adı", "işveren"],
    location: ["şehir", "lokasyon", "konum", "çalışma yeri", "iş yeri", "adres"],
    region: ["ilçe", "bölge"],
    salary: ["maaş", "ücret", "maaş aralığı", "brüt maaş", "net maaş"],
    employmentType: ["çalışma şekli", "çalışma türü", "istihdam türü", "pozisyon tipi", "iş tipi"],
    workplaceType: ["çalışma tercihi", "çalışma modeli", "çalışma yöntemi", "çalışma ortamı"],
    category: ["sektör", "kategori", "meslek", "iş alanı"],
    department: ["departman", "bölüm"],
    seniority: ["pozisyon seviyesi", "seviye", "kariyer seviyesi"],
    experience: ["deneyim", "tecrübe", "iş deneyimi", "deneyim süresi"],
    education: ["eğitim seviyesi", "eğitim durumu", "eğitim", "öğrenim durumu"],
    postedAt: ["ilan tarihi", "yayın tarihi", "yayınlanma tarihi", "güncelleme tarihi"],
    validThrough: ["son başvuru tarihi", "son başvuru", "ilan bitiş tarihi", "bitiş tarihi"],
    startDate: ["işe başlama tarihi", "başlangıç tarihi"],
  },
};
