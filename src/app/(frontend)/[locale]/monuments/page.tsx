import { MonumentIndex } from '@/components/site/MonumentIndex'
import { firstPage } from '@/components/site/pagedIndex'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

export const generateMetadata = sectionMetadata('monuments')

export default firstPage(MonumentIndex)
