import type { Page } from '@/payload-types'
import { revalidateDocument } from '@/hooks/revalidateDocument'
import { localePath } from '@/lib/routes'

export const revalidatePage = revalidateDocument<Page>({
  paths: (page, locale) => [localePath(locale), localePath(locale, page.slug)],
})
