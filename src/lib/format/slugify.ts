/**
 * Readable ASCII slugs from Azerbaijani and Russian titles: "Xocalı soyqırımı" → "xocali-soyqirimi",
 * "Ходжалинская трагедия" → "khodzhalinskaya-tragediya".
 */
const transliteration: Record<string, string> = {
  // Azerbaijani Latin
  ə: 'e',
  ı: 'i',
  ö: 'o',
  ü: 'u',
  ş: 'sh',
  ç: 'ch',
  ğ: 'gh',
  // Russian and Azerbaijani Cyrillic
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'e',
  ғ: 'gh',
  ҹ: 'j',
  ҝ: 'g',
  ө: 'o',
  ү: 'u',
  һ: 'h',
  ј: 'y',
  ҷ: 'j',
}

export function slugify(input: string, maxLength = 96): string {
  const lowered = input.toLocaleLowerCase('az').replace(/i̇/g, 'i')
  let out = ''
  for (const char of lowered) out += transliteration[char] ?? char
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
}

export const isSlug = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
