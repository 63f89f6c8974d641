import type { Payload } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { ReplyTemplate } from '../../payload-types'

type SeedTemplate = Pick<ReplyTemplate, 'title' | 'type' | 'language' | 'body'> & { industry?: string }

/**
 * First answers officers start from, one or two per language. Their business case is the district's 2023
 * report (`../shared/source-article.zh.txt`) and nothing else: no figure, name or contact of our own.
 */
export const SEED_REPLY_TEMPLATES: SeedTemplate[] = [
  {
    title: 'クルーズ港エリアについてのご案内',
    type: 'area',
    language: 'ja',
    industry: 'port-industry-city',
    body: `{{investorName}} 様

このたびは「{{subjectTitle}}」についてお問い合わせいただき、誠にありがとうございます。受付番号は {{reference}} です。

市北区では、港湾・産業・都市の一体的な発展を進めています。2023年にはクルーズ港エリアで9件のプロジェクトが始動し、中国北方国際油気センターなど4件が躯体工事を終えました。また、北方地域で最初となる国際クルーズ船の運航再開も実現しました。

ご質問の点は資料を確認のうえ、あらためてご連絡いたします。ほかにもご質問があれば、お問い合わせページからお気軽にご返信ください。

{{officerSignature}}`,
  },
  {
    title: '一般的なお問い合わせへの最初の回答',
    type: 'general',
    language: 'ja',
    body: `{{investorName}} 様

青島市市北区へのお問い合わせをいただき、ありがとうございます（受付番号 {{reference}}）。

市北区は2023年、1億元以上のプロジェクトを新たに172件誘致し、50億元の産業発展基金を設立しました。税収1億元以上のオフィスビルは20棟に達し、全国の「楼宇経済産業集積モデル城区」にも選ばれています。

ご関心の分野と計画の規模をお知らせいただければ、それに合った情報をお送りします。

{{officerSignature}}`,
  },
  {
    title: 'General enquiry: first answer',
    type: 'general',
    language: 'en',
    body: `Dear {{investorName}},

Thank you for your enquiry to Shibei District, Qingdao (reference {{reference}}).

In 2023 Shibei brought in 172 new projects of 100 million yuan or more and set up a 5 billion yuan industrial development fund. Twenty office buildings in the district now each generate more than 100 million yuan in tax, and Shibei has been named a national demonstration district for the building economy.

If you let us know your sector and the scale of what you have in mind, we will send you information that fits it.

Kind regards,
{{officerSignature}}`,
  },
  {
    title: 'RCEP 서비스 문의에 대한 답변',
    type: 'rcep',
    language: 'ko',
    body: `{{investorName}} 님, 안녕하세요.

RCEP 관련 서비스에 대해 문의해 주셔서 감사합니다. 접수 번호는 {{reference}}입니다.

칭다오시 스베이구는 2023년 중국 최초의 RCEP 회원국 기업 세무 서비스 센터를 세웠고, RCEP 산둥 기업 서비스 센터는 산둥성 특색 서비스 수출 기지로 선정되었습니다.

문의하신 "{{subjectTitle}}"의 구체적인 절차와 자료는 확인한 뒤 다시 안내해 드리겠습니다.

{{officerSignature}}`,
  },
  {
    title: '基金咨询答复',
    type: 'fund',
    language: 'zh',
    industry: 'modern-finance',
    body: `{{investorName}}您好：

感谢您咨询“{{subjectTitle}}”相关事宜，您的咨询编号为{{reference}}。

市北区设立了50亿元产业发展基金。2023年，全区新落地基金21支，注册基金总规模突破600亿元。

我们将结合您的投资方向整理相关材料，尽快与您联系。

{{officerSignature}}`,
  },
]

/** Creates each seed template that is not there yet (matched by title and language); staff's edits stay. */
export async function seedReplyTemplates(payload: Payload): Promise<void> {
  let createdCount = 0
  for (const { industry, ...template } of SEED_REPLY_TEMPLATES) {
    const existing = await payload.find({
      collection: COLLECTION_SLUGS.replyTemplates,
      where: { title: { equals: template.title }, language: { equals: template.language } },
      depth: 0,
      limit: 1,
    })
    if (existing.docs.length > 0) continue
    const industryDoc = industry
      ? (await payload.find({ collection: COLLECTION_SLUGS.industries, where: { slug: { equals: industry } }, draft: true, depth: 0, limit: 1, select: { slug: true } })).docs[0]
      : undefined
    await payload.create({ collection: COLLECTION_SLUGS.replyTemplates, data: { ...template, industry: industryDoc?.id ?? null } })
    createdCount++
  }
  payload.logger.info(`Seed reply templates: ${createdCount} created.`)
}
