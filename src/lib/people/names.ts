type NameParts = {
  familyName?: string | null
  givenName?: string | null
  patronymic?: string | null
}

/** A person's name in one line as the registry writes it: family name, given name, patronymic. */
export const personName = ({ familyName, givenName, patronymic }: NameParts): string =>
  [familyName, givenName, patronymic]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .filter(Boolean)
    .join(' ')
