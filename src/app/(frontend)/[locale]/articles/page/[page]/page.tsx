import { ArticleIndex } from '@/components/site/ArticleIndex'
import { numberedPage } from '@/components/site/pagedIndex'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

export const generateStaticParams = () => []

export const generateMetadata = sectionMetadata('articles')

export default numberedPage(ArticleIndex)
