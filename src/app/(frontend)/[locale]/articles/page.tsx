import { ArticleIndex } from '@/components/site/ArticleIndex'
import { firstPage } from '@/components/site/pagedIndex'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

export const generateMetadata = sectionMetadata('articles')

export default firstPage(ArticleIndex)
