import { MonumentIndex } from '@/components/site/MonumentIndex'
import { numberedPage } from '@/components/site/pagedIndex'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

export const generateStaticParams = () => []

export const generateMetadata = sectionMetadata('monuments')

export default numberedPage(MonumentIndex)
