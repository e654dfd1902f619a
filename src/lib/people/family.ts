/** How two people in the registry are related, read from the record that holds the link. */
export const familyRelations = ['parent', 'child', 'sibling', 'spouse', 'other'] as const
export type FamilyRelation = (typeof familyRelations)[number]

const inverses: Record<FamilyRelation, FamilyRelation> = {
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  spouse: 'spouse',
  other: 'other',
}

/** The relation as the other person's record states it: A is B's parent, so B is A's child. */
export const inverseRelation = (relation: FamilyRelation): FamilyRelation => inverses[relation]

export const isFamilyRelation = (value: unknown): value is FamilyRelation =>
  (familyRelations as readonly unknown[]).includes(value)
