import { SenderActionPage, senderActionMetadata } from '@/components/site/SenderActionPage'
import { pageLocale } from '@/lib/page/pageLocale'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Reads the link's token from the query string: rendered per request (src/proxy.ts).
export const dynamic = 'force-dynamic'

export const generateMetadata = senderActionMetadata('withdraw')

export default async function WithdrawPage({ params, searchParams }: Props) {
  return (
    <SenderActionPage
      action="withdraw"
      locale={await pageLocale(params)}
      query={await searchParams}
    />
  )
}
