import { TimelineIndex } from '@/components/site/TimelineIndex'
import { numberedPage } from '@/components/site/pagedIndex'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

export const generateStaticParams = () => []

export const generateMetadata = sectionMetadata('timeline')

export default numberedPage(TimelineIndex)
