import { TimelineIndex } from '@/components/site/TimelineIndex'
import { firstPage } from '@/components/site/pagedIndex'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

export const generateMetadata = sectionMetadata('timeline')

export default firstPage(TimelineIndex)
