import type { Trilingual } from '@/i18n/adminMessage'
import az from '@/i18n/messages/az.json'
import en from '@/i18n/messages/en.json'
import ru from '@/i18n/messages/ru.json'
import type { ContentSlug } from '@/lib/content/collections'

/**
 * The admin's names for our fields, by field name: a name means the same thing wherever it is
 * used, so it is named once. A field whose name means something else in its place (a
 * recognition's `label`, a user's `name`) carries its own label in its config, which wins.
 */
export const fieldLabels: Record<string, Trilingual> = {
  address: { az: 'Ünvan', en: 'Address', ru: 'Адрес' },
  adoptedAt: { az: 'Qəbul tarixi', en: 'Adopted', ru: 'Дата принятия' },
  age: { az: 'Yaşı (1992)', en: 'Age (1992)', ru: 'Возраст (1992)' },
  ageFromBirthDate: {
    az: 'Yaş doğum tarixindən',
    en: 'Age from birth date',
    ru: 'Возраст по дате рождения',
  },
  ageGroup: { az: 'Yaş qrupu', en: 'Age group', ru: 'Возрастная группа' },
  alt: { az: 'Alternativ mətn', en: 'Alternative text', ru: 'Альтернативный текст' },
  approximate: { az: 'Təxmini', en: 'Approximate', ru: 'Приблизительно' },
  attribution: { az: 'Sitatın müəllifi', en: 'Attribution', ru: 'Автор цитаты' },
  authors: { az: 'Müəlliflər', en: 'Authors', ru: 'Авторы' },
  biography: { az: 'Tərcümeyi-hal', en: 'Biography', ru: 'Биография' },
  birthplace: { az: 'Doğulduğu yer', en: 'Birthplace', ru: 'Место рождения' },
  birthYear: { az: 'Doğum ili', en: 'Birth year', ru: 'Год рождения' },
  body: { az: 'Qəbul edən orqan', en: 'Adopted by', ru: 'Принявший орган' },
  bodyLevel: { az: 'Orqanın səviyyəsi', en: 'Body level', ru: 'Уровень органа' },
  bodyTerms: { az: 'Mətnin sözləri', en: 'Body terms', ru: 'Слова текста' },
  born: { az: 'Doğum tarixi', en: 'Born', ru: 'Дата рождения' },
  by: { az: 'Kim verib', en: 'Given by', ru: 'Кем дано' },
  caption: { az: 'Şəkilaltı yazı', en: 'Caption', ru: 'Подпись' },
  circumstances: { az: 'Şərait', en: 'Circumstances', ru: 'Обстоятельства' },
  city: { az: 'Şəhər', en: 'City', ru: 'Город' },
  confidence: { az: 'Etibarlılıq', en: 'Confidence', ru: 'Достоверность' },
  consent: { az: 'Razılıq', en: 'Consent', ru: 'Согласие' },
  contactEmail: { az: 'Əlaqə e-poçtu', en: 'Contact e-mail', ru: 'Почта для связи' },
  contactText: { az: 'Əlaqə mətni', en: 'Contact text', ru: 'Текст о связи' },
  content: { az: 'Məzmun', en: 'Content', ru: 'Содержание' },
  coordinates: { az: 'Koordinatlar', en: 'Coordinates', ru: 'Координаты' },
  credit: { az: 'Müəllif', en: 'Credit', ru: 'Автор' },
  date: { az: 'Tarix', en: 'Date', ru: 'Дата' },
  datePrecision: { az: 'Tarixin dəqiqliyi', en: 'Date precision', ru: 'Точность даты' },
  description: { az: 'Təsvir', en: 'Description', ru: 'Описание' },
  disclosure: { az: 'Ziyarətçilər nə görür', en: 'What visitors see', ru: 'Что видят посетители' },
  discrepancy: { az: 'Mənbələr arasında fərq', en: 'Sources differ', ru: 'Расхождение источников' },
  docCollection: { az: 'Bölmə', en: 'Collection', ru: 'Раздел' },
  docId: { az: 'Sənədin id-si', en: 'Document id', ru: 'ID документа' },
  document: { az: 'Sənəd', en: 'Document', ru: 'Документ' },
  excerpt: { az: 'Qısa məzmun', en: 'Excerpt', ru: 'Аннотация' },
  facets: { az: 'Süzgəclər', en: 'Filters', ru: 'Фильтры' },
  family: { az: 'Ailəsi', en: 'Family', ru: 'Семья' },
  familyName: { az: 'Soyadı', en: 'Family name', ru: 'Фамилия' },
  fate: { az: 'Tale', en: 'Fate', ru: 'Судьба' },
  fates: { az: 'Taleyi', en: 'Fates', ru: 'Судьба' },
  featured: { az: 'Seçilmiş materiallar', en: 'Featured', ru: 'Избранное' },
  figures: { az: 'Rəqəmlər', en: 'Figures', ru: 'Цифры' },
  footer: { az: 'Aşağı menyu', en: 'Footer menu', ru: 'Нижнее меню' },
  foundIn: { az: 'Harada rast gəlinib', en: 'Found in', ru: 'Где встречается' },
  fullName: { az: 'Tam adı', en: 'Full name', ru: 'Полное имя' },
  fullText: { az: 'Tam mətn', en: 'Full text', ru: 'Полный текст' },
  gallery: { az: 'Qalereya', en: 'Gallery', ru: 'Галерея' },
  gender: { az: 'Cinsi', en: 'Gender', ru: 'Пол' },
  given: { az: 'Razılıq verilib', en: 'Consent given', ru: 'Согласие получено' },
  givenName: { az: 'Adı', en: 'Given name', ru: 'Имя' },
  header: { az: 'Yuxarı menyu', en: 'Header menu', ru: 'Верхнее меню' },
  heroImage: { az: 'Əsas şəkil', en: 'Main image', ru: 'Главное изображение' },
  heroText: { az: 'Giriş mətni', en: 'Introduction', ru: 'Вводный текст' },
  heroTitle: { az: 'Əsas başlıq', en: 'Main title', ru: 'Главный заголовок' },
  href: { az: 'Keçid', en: 'Link', ru: 'Ссылка' },
  image: { az: 'Şəkil', en: 'Image', ru: 'Изображение' },
  jurisdiction: { az: 'Yurisdiksiya', en: 'Jurisdiction', ru: 'Юрисдикция' },
  key: { az: 'Açar', en: 'Key', ru: 'Ключ' },
  kind: { az: 'Növ', en: 'Kind', ru: 'Вид' },
  label: { az: 'Mətn', en: 'Label', ru: 'Надпись' },
  lat: { az: 'En dairəsi', en: 'Latitude', ru: 'Широта' },
  layout: { az: 'Bloklar', en: 'Blocks', ru: 'Блоки' },
  level: { az: 'Səviyyə', en: 'Level', ru: 'Уровень' },
  line: { az: 'Sətir', en: 'Line', ru: 'Строка' },
  listing: { az: 'Reyestrdə yeri', en: 'Place in the registry', ru: 'Место в реестре' },
  lng: { az: 'Uzunluq dairəsi', en: 'Longitude', ru: 'Долгота' },
  locale: { az: 'Dil', en: 'Language', ru: 'Язык' },
  media: { az: 'Media', en: 'Media', ru: 'Медиа' },
  memorials: { az: 'Xatirə yerləri', en: 'Memorials', ru: 'Мемориалы' },
  meta: { az: 'SEO', en: 'SEO', ru: 'SEO' },
  method: { az: 'Necə', en: 'How', ru: 'Как' },
  monument: { az: 'Abidə', en: 'Monument', ru: 'Памятник' },
  name: { az: 'Ad', en: 'Name', ru: 'Название' },
  nameForms: { az: 'Adın yazılışları', en: 'Name forms', ru: 'Написания имени' },
  nameKey: { az: 'Ad açarı', en: 'Name key', ru: 'Ключ имени' },
  note: { az: 'Qeyd', en: 'Note', ru: 'Примечание' },
  originalFile: { az: 'Orijinal fayl', en: 'Original file', ru: 'Файл оригинала' },
  originalObtained: { az: 'Orijinal əldədir', en: 'Original obtained', ru: 'Оригинал получен' },
  panel: { az: 'Lövhə', en: 'Panel', ru: 'Плита' },
  patronymic: { az: 'Ata adı', en: 'Patronymic', ru: 'Отчество' },
  person: { az: 'İnsan', en: 'Person', ru: 'Человек' },
  photo: { az: 'Fotoşəkil', en: 'Photo', ru: 'Фотография' },
  place: { az: 'Yer', en: 'Place', ru: 'Место' },
  privacy: { az: 'Məxfilik', en: 'Privacy', ru: 'Приватность' },
  publishedAt: { az: 'Dərc tarixi', en: 'Published at', ru: 'Дата публикации' },
  publishTranslations: {
    az: 'Tərcümələri dərc edə bilər',
    en: 'May publish translations',
    ru: 'Может публиковать переводы',
  },
  publisher: { az: 'Nəşriyyat', en: 'Publisher', ru: 'Издатель' },
  quote: { az: 'Sitat', en: 'Quote', ru: 'Цитата' },
  recognisingBody: { az: 'Tanıyan orqan', en: 'Recognising body', ru: 'Признавший орган' },
  referenceNumber: { az: 'Nömrə', en: 'Reference number', ru: 'Номер' },
  related: { az: 'Əlaqəli materiallar', en: 'Related', ru: 'Связанные материалы' },
  relation: { az: 'Qohumluq', en: 'Relation', ru: 'Родство' },
  resolution: { az: 'Sənəd', en: 'Document', ru: 'Документ' },
  roles: { az: 'Rollar', en: 'Roles', ru: 'Роли' },
  sensitive: { az: 'Həssas təsvir', en: 'Sensitive image', ru: 'Тяжёлое изображение' },
  slug: { az: 'Ünvan (slug)', en: 'Slug', ru: 'Адрес (slug)' },
  snippetText: { az: 'Fraqment', en: 'Snippet', ru: 'Фрагмент' },
  social: { az: 'Sosial şəbəkələr', en: 'Social links', ru: 'Соцсети' },
  source: { az: 'Mənbə', en: 'Source', ru: 'Источник' },
  sources: { az: 'Mənbələr', en: 'Sources', ru: 'Источники' },
  statements: { az: 'Müddəalar', en: 'Statements', ru: 'Утверждения' },
  summary: { az: 'Xülasə', en: 'Summary', ru: 'Краткое содержание' },
  tagline: { az: 'Şüar', en: 'Tagline', ru: 'Девиз' },
  tags: { az: 'Teqlər', en: 'Tags', ru: 'Теги' },
  term: { az: 'Termin', en: 'Term used', ru: 'Термин' },
  text: { az: 'Mətn', en: 'Text', ru: 'Текст' },
  title: { az: 'Başlıq', en: 'Title', ru: 'Заголовок' },
  titleTerms: { az: 'Başlığın sözləri', en: 'Title terms', ru: 'Слова заголовка' },
  translation: { az: 'Tərcümə xülasəsi', en: 'Translation summary', ru: 'Сводка перевода' },
  translationSources: {
    az: 'Tərcümənin az mənbələri',
    en: 'Translation sources',
    ru: 'Исходные тексты перевода',
  },
  unveiledAt: { az: 'Açılış tarixi', en: 'Unveiled', ru: 'Дата открытия' },
  url: { az: 'Keçid (URL)', en: 'URL', ru: 'Ссылка (URL)' },
  value: { az: 'Say', en: 'Number', ru: 'Число' },
  variants: { az: 'Başqa yazılışlar', en: 'Other spellings', ru: 'Другие написания' },
  withheld: {
    az: 'Ziyarətçilərdən gizlədilib',
    en: 'Withheld from visitors',
    ru: 'Скрыто от посетителей',
  },
  year: { az: 'İl', en: 'Year', ru: 'Год' },
  // What the media job found in a file (src/collections/Media/processing.ts).
  processing: { az: 'Faylın oxunması', en: 'Reading the file', ru: 'Обработка файла' },
  status: { az: 'Vəziyyət', en: 'State', ru: 'Состояние' },
  progress: { az: 'Oxunmuş səhifələr', en: 'Pages read', ru: 'Прочитано страниц' },
  pageCount: { az: 'Səhifə sayı', en: 'Pages', ru: 'Страниц' },
  ocrMissing: { az: 'OCR yoxdur', en: 'No OCR', ru: 'Нет OCR' },
  message: { az: 'Səbəb', en: 'Reason', ru: 'Причина' },
  pages: { az: 'Səhifələr', en: 'Pages', ru: 'Страницы' },
  number: { az: 'Nömrə', en: 'Number', ru: 'Номер' },
  width: { az: 'En (piksel)', en: 'Width (pixels)', ru: 'Ширина (пиксели)' },
  height: { az: 'Hündürlük (piksel)', en: 'Height (pixels)', ru: 'Высота (пиксели)' },
  page: { az: 'Səhifə', en: 'Page', ru: 'Страница' },
  fileUrl: { az: 'Fayl', en: 'File', ru: 'Файл' },
}

/** The admin's names of the content collections: their lists, and wherever a document's collection is named. */
export const collectionLabels = {
  articles: {
    singular: { az: 'Məqalə', en: 'Article', ru: 'Статья' },
    plural: { az: 'Məqalələr', en: 'Articles', ru: 'Статьи' },
  },
  monuments: {
    singular: { az: 'Abidə', en: 'Monument', ru: 'Памятник' },
    plural: { az: 'Abidələr', en: 'Monuments', ru: 'Памятники' },
  },
  resolutions: {
    singular: { az: 'Sənəd', en: 'Document', ru: 'Документ' },
    plural: { az: 'Sənədlər', en: 'Documents', ru: 'Документы' },
  },
  recognitions: {
    singular: { az: 'Tanınma', en: 'Recognition', ru: 'Признание' },
    plural: { az: 'Tanınmalar', en: 'Recognitions', ru: 'Признания' },
  },
  'timeline-events': {
    singular: { az: 'Xronologiya hadisəsi', en: 'Timeline event', ru: 'Событие хронологии' },
    plural: { az: 'Xronologiya', en: 'Timeline', ru: 'Хронология' },
  },
  pages: {
    singular: { az: 'Səhifə', en: 'Page', ru: 'Страница' },
    plural: { az: 'Səhifələr', en: 'Pages', ru: 'Страницы' },
  },
  people: {
    singular: { az: 'İnsan', en: 'Person', ru: 'Человек' },
    plural: { az: 'İnsanlar', en: 'People', ru: 'Люди' },
  },
} satisfies Record<ContentSlug, { singular: Trilingual; plural: Trilingual }>

/** The admin's group of the archive's content, collections and globals alike. */
export const contentGroup: Trilingual = { az: 'Məzmun', en: 'Content', ru: 'Содержание' }

/** What visitors send, and what editors make of it. */
export const moderationGroup: Trilingual = { az: 'Moderasiya', en: 'Moderation', ru: 'Модерация' }

/** One row of our arrays and blocks fields ("Add Source"), by field name; the list is `fieldLabels`'. */
export const rowLabels: Record<string, Trilingual> = {
  family: { az: 'Qohum', en: 'Relative', ru: 'Родственник' },
  fates: { az: 'Tale', en: 'Fate', ru: 'Судьба' },
  figures: { az: 'Rəqəm', en: 'Figure', ru: 'Цифра' },
  footer: { az: 'Keçid', en: 'Link', ru: 'Ссылка' },
  header: { az: 'Keçid', en: 'Link', ru: 'Ссылка' },
  layout: { az: 'Blok', en: 'Block', ru: 'Блок' },
  memorials: { az: 'Xatirə yeri', en: 'Memorial', ru: 'Мемориал' },
  social: { az: 'Keçid', en: 'Link', ru: 'Ссылка' },
  sources: { az: 'Mənbə', en: 'Source', ru: 'Источник' },
  statements: { az: 'Müddəa', en: 'Statement', ru: 'Утверждение' },
  variants: { az: 'Yazılış', en: 'Spelling', ru: 'Написание' },
  pages: { az: 'Səhifə', en: 'Page', ru: 'Страница' },
}

type Catalog = Record<string, unknown>
const catalogs = { az, en, ru } as Record<keyof Trilingual, Catalog>

/** The site's own words for a set of values (`recognitions.terms`), as option labels: one source for both. */
export function fromMessages(path: string): Record<string, Trilingual> {
  const at = (language: keyof Trilingual) =>
    path.split('.').reduce<unknown>((node, key) => (node as Catalog)?.[key], catalogs[language]) as
      Record<string, string> | undefined
  return Object.fromEntries(
    Object.keys(at('en') ?? {}).map((value) => [
      value,
      {
        az: at('az')?.[value] ?? value,
        en: at('en')?.[value] ?? value,
        ru: at('ru')?.[value] ?? value,
      },
    ]),
  )
}

/** The admin's names for the values of our select fields, by field name. */
export const optionLabels: Record<string, Record<string, Trilingual>> = {
  docCollection: Object.fromEntries(
    Object.entries(collectionLabels).map(([slug, labels]) => [slug, labels.plural]),
  ),
  // The figures of the Figures global, as the admin lists them to choose from.
  key: {
    killed: { az: 'Həlak olanlar', en: 'People killed', ru: 'Погибшие' },
    killedWomen: { az: 'Həlak olan qadınlar', en: 'Women killed', ru: 'Погибшие женщины' },
    killedChildren: { az: 'Həlak olan uşaqlar', en: 'Children killed', ru: 'Погибшие дети' },
    killedElderly: {
      az: 'Həlak olan yaşlılar',
      en: 'Elderly people killed',
      ru: 'Погибшие пожилые люди',
    },
    prisoners: { az: 'Əsir götürülənlər', en: 'Taken prisoner', ru: 'Взятые в плен' },
    missing: { az: 'Taleyi məlum olmayanlar', en: 'Fate unknown', ru: 'Судьба неизвестна' },
    injured: { az: 'Yaralananlar', en: 'People injured', ru: 'Раненые' },
    familiesDestroyed: {
      az: 'Tamamilə məhv edilmiş ailələr',
      en: 'Families destroyed',
      ru: 'Уничтоженные семьи',
    },
    orphanedBoth: {
      az: 'Hər iki valideynini itirmiş uşaqlar',
      en: 'Children who lost both parents',
      ru: 'Дети, потерявшие обоих родителей',
    },
    orphanedOne: {
      az: 'Valideynlərindən birini itirmiş uşaqlar',
      en: 'Children who lost one parent',
      ru: 'Дети, потерявшие одного из родителей',
    },
    fled: { az: 'Ağdama üz tutanlar', en: 'Set out for Agdam', ru: 'Направились в Агдам' },
    displacedLocations: {
      az: 'Köçkünlərin yaşadığı yerlər',
      en: 'Where the displaced live',
      ru: 'Где живут переселенцы',
    },
  },
  level: fromMessages('recognitions.levels'),
  term: fromMessages('recognitions.terms'),
  bodyLevel: fromMessages('recognitions.bodyLevels'),
  kind: fromMessages('resolutions.kinds'),
  fate: fromMessages('people.fates'),
  confidence: fromMessages('people.confidence'),
  gender: fromMessages('people.genders'),
  ageGroup: fromMessages('people.ageGroups'),
  relation: fromMessages('people.relations'),
  privacy: {
    public: { az: 'Hamıya açıq', en: 'Public', ru: 'Открыто' },
    nameOnly: { az: 'Yalnız ad və tale', en: 'Name and fate only', ru: 'Только имя и судьба' },
    hidden: {
      az: 'Gizli (yalnız əməkdaşlar)',
      en: 'Hidden (staff only)',
      ru: 'Скрыто (только сотрудники)',
    },
  },
  disclosure: {
    none: { az: 'Heç nə', en: 'Nothing', ru: 'Ничего' },
    name: { az: 'Ad və tale', en: 'Name and fate', ru: 'Имя и судьба' },
    record: {
      az: 'Qeyd (doğum tarixi, şəkil, ailə olmadan)',
      en: 'Record (no birth date, photo or family)',
      ru: 'Запись (без даты рождения, фото и семьи)',
    },
    personal: { az: 'Hər şey', en: 'Everything', ru: 'Всё' },
  },
  method: {
    written: { az: 'Yazılı', en: 'In writing', ru: 'Письменно' },
    recordedOral: { az: 'Şifahi, yazıya alınıb', en: 'Oral, recorded', ru: 'Устно, записано' },
    email: { az: 'E-poçtla', en: 'By e-mail', ru: 'По электронной почте' },
    other: { az: 'Başqa', en: 'Other', ru: 'Другое' },
    // Where the text of a page of a PDF came from (media pages).
    text: { az: 'PDF-in mətni', en: 'The PDF’s text', ru: 'Текст PDF' },
    ocr: { az: 'OCR', en: 'OCR', ru: 'OCR' },
    none: { az: 'Mətn yoxdur', en: 'No text', ru: 'Нет текста' },
    corrected: { az: 'Düzəldilib', en: 'Corrected', ru: 'Исправлено' },
  },
  status: {
    queued: { az: 'Növbədə', en: 'Queued', ru: 'В очереди' },
    running: { az: 'Oxunur', en: 'Being read', ru: 'Обрабатывается' },
    done: { az: 'Hazırdır', en: 'Done', ru: 'Готово' },
    failed: { az: 'Alınmadı', en: 'Failed', ru: 'Не удалось' },
  },
  datePrecision: {
    day: { az: 'Gün', en: 'Day', ru: 'День' },
    month: { az: 'Ay', en: 'Month', ru: 'Месяц' },
    year: { az: 'İl', en: 'Year', ru: 'Год' },
  },
  roles: {
    admin: { az: 'Administrator', en: 'Administrator', ru: 'Администратор' },
    editor: { az: 'Redaktor', en: 'Editor', ru: 'Редактор' },
    translator: { az: 'Tərcüməçi', en: 'Translator', ru: 'Переводчик' },
  },
}

/**
 * How the admin writes dates, in date-fns patterns that its language's locale fills in: "5 декабря
 * 2026, 07:43", "5 dekabr 2026, 07:43", where Payload's default reads "декабря 5-е 2026, 7:43 ДП".
 * Lists and document headers use `dayAndTime` (the config's `admin.dateFormat`); date pickers the
 * pattern of what they hold.
 */
export const adminDateFormats = {
  dayAndTime: 'd MMMM yyyy, HH:mm',
  dayOnly: 'd MMMM yyyy',
} as const
