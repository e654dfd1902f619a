import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { MAX_PUBLIC_LIMIT } from '@/lib/api/guardApiRequest'

/** Nested selections allowed in one GraphQL query (a document → its relationship → its fields is 3). */
export const MAX_GRAPHQL_DEPTH = 10

type Selectable = ASTNode & { selectionSet?: { selections: readonly ASTNode[] } }

/**
 * Refuses queries nested deeper than `max` selection sets. Payload limits complexity
 * (graphQL.maxComplexity) but not depth, and relationships let a query loop article → related →
 * article… within the complexity budget. Fragments are followed, each at most once per path.
 */
export const graphqlDepthLimit =
  (max = MAX_GRAPHQL_DEPTH): ValidationRule =>
  (context: ValidationContext) => {
    const depthOf = (node: Selectable, seen: Set<string>): number => {
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = (node as unknown as { name: { value: string } }).name.value
        const fragment = context.getFragment(name)
        if (!fragment || seen.has(name)) return 0
        return depthOf(fragment as Selectable, new Set([...seen, name]))
      }
      const selections = node.selectionSet?.selections ?? []
      let deepest = 0
      for (const child of selections)
        deepest = Math.max(deepest, depthOf(child as Selectable, seen))
      // Inline fragments and fragment definitions group fields without adding a level.
      const adds = node.kind === Kind.FIELD && selections.length > 0 ? 1 : 0
      return deepest + adds
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node as Selectable, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; at most ${max} are allowed.`,
              { nodes: [node] },
            ),
          )
        }
      },
    }
  }

/** The value of a literal or a `$variable` argument. */
const valueOf = (
  node: ValueNode,
  variables: Record<string, unknown> | null | undefined,
): unknown => {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/**
 * Lists through GraphQL give at most MAX_PUBLIC_LIMIT documents a page and cannot turn paging off.
 * Checked on the query itself, so Payload's own internal finds (relationship loading runs with
 * `pagination: false` on the same request) are not affected. Signed-in staff who need more use REST.
 */
export const graphqlPageLimit =
  (variables: Record<string, unknown> | null | undefined): ValidationRule =>
  (context: ValidationContext) => ({
    Argument(node) {
      const value = valueOf(node.value, variables)
      if (node.name.value === 'limit' && value !== undefined && value !== null) {
        if (
          typeof value !== 'number' ||
          !Number.isInteger(value) ||
          value < 1 ||
          value > MAX_PUBLIC_LIMIT
        ) {
          context.reportError(
            new GraphQLError(`"limit" must be an integer from 1 to ${MAX_PUBLIC_LIMIT}.`, {
              nodes: [node],
            }),
          )
        }
      }
      if (node.name.value === 'pagination' && value === false) {
        context.reportError(
          new GraphQLError(
            `"pagination: false" is not allowed; use limit (at most ${MAX_PUBLIC_LIMIT}) and page.`,
            { nodes: [node] },
          ),
        )
      }
    },
  })
