/**
 * The labels of every select value in `lib/constants/options.ts` and `lib/constants/currencies.ts`, in the
 * four admin languages. Investors see them on the public portal too, so they are written for the public.
 */
import type { Locale } from '../i18n/locales'
import type { CURRENCIES } from './currencies'
import type {
  ALERT_FREQUENCIES,
  ALERT_SUBSCRIBER_STATUSES,
  AREA_UNITS,
  BOOKING_STATUSES,
  COOPERATION_MODES,
  ENQUIRY_STATUSES,
  ENQUIRY_TYPES,
  FUND_TYPES,
  INVESTMENT_STAGES,
  MEETING_LENGTHS,
  MEETING_MODES,
  NEWS_CATEGORIES,
  OUTBOX_KINDS,
  SATISFACTION_ANSWERS,
  OUTBOX_STATUSES,
  PERIOD_KINDS,
  PRECISIONS,
  PROJECT_STAGES,
  REPLY_SENDERS,
  RCEP_SERVICE_TYPES,
  TALENT_CATEGORIES,
  TALENT_GROUPS,
} from './options'

export type LocalizedLabel = Record<Locale, string>

export const PROJECT_STAGE_LABELS: Record<(typeof PROJECT_STAGES)[number], LocalizedLabel> = {
  planning: { zh: '规划中', en: 'In planning', ja: '計画中', ko: '계획 중' },
  'seeking-investment': { zh: '招商中', en: 'Seeking investors', ja: '投資家募集中', ko: '투자 유치 중' },
  'under-construction': { zh: '在建', en: 'Under construction', ja: '建設中', ko: '건설 중' },
  operating: { zh: '运营中', en: 'In operation', ja: '運営中', ko: '운영 중' },
}

export const COOPERATION_MODE_LABELS: Record<(typeof COOPERATION_MODES)[number], LocalizedLabel> = {
  equity: { zh: '股权投资', en: 'Equity investment', ja: '出資', ko: '지분 투자' },
  'joint-venture': { zh: '合资', en: 'Joint venture', ja: '合弁事業', ko: '합작 투자' },
  'land-transfer': { zh: '土地出让', en: 'Land transfer', ja: '土地使用権の譲渡', ko: '토지 사용권 양도' },
  lease: { zh: '租赁', en: 'Lease', ja: '賃貸', ko: '임대' },
  ppp: { zh: 'PPP（政府和社会资本合作）', en: 'PPP', ja: 'PPP（官民連携）', ko: 'PPP(민관협력)' },
  'merchant-entry': { zh: '商户入驻', en: 'Merchant entry (retail & F&B)', ja: 'テナント出店', ko: '입점' },
  cooperation: { zh: '合作经营', en: 'Business cooperation', ja: '業務提携', ko: '사업 협력' },
}

export const AREA_UNIT_LABELS: Record<(typeof AREA_UNITS)[number], LocalizedLabel> = {
  m2: { zh: '平方米', en: 'Square metres (m²)', ja: '平方メートル（㎡）', ko: '제곱미터(㎡)' },
  mu: { zh: '亩', en: 'mu (1/15 ha)', ja: 'ムー（約667㎡）', ko: '무(약 667㎡)' },
  ha: { zh: '公顷', en: 'Hectares (ha)', ja: 'ヘクタール（ha）', ko: '헥타르(ha)' },
}

export const FUND_TYPE_LABELS: Record<(typeof FUND_TYPES)[number], LocalizedLabel> = {
  'government-guidance': {
    zh: '政府引导基金',
    en: 'Government guidance fund',
    ja: '政府系ガイダンスファンド',
    ko: '정부 인도기금',
  },
  industry: { zh: '产业基金', en: 'Industry fund', ja: '産業ファンド', ko: '산업 펀드' },
  venture: { zh: '创业投资基金', en: 'Venture capital fund', ja: 'ベンチャーキャピタルファンド', ko: '벤처캐피털 펀드' },
  ecosystem: { zh: '基金集群', en: 'Fund ecosystem', ja: 'ファンド・エコシステム', ko: '펀드 생태계' },
}

export const INVESTMENT_STAGE_LABELS: Record<(typeof INVESTMENT_STAGES)[number], LocalizedLabel> = {
  seed: { zh: '种子期', en: 'Seed stage', ja: 'シード期', ko: '시드 단계' },
  early: { zh: '初创期', en: 'Early stage', ja: 'アーリー期', ko: '초기 단계' },
  growth: { zh: '成长期', en: 'Growth stage', ja: '成長期', ko: '성장 단계' },
  mature: { zh: '成熟期', en: 'Mature stage', ja: '成熟期', ko: '성숙 단계' },
}

export const RCEP_SERVICE_TYPE_LABELS: Record<(typeof RCEP_SERVICE_TYPES)[number], LocalizedLabel> = {
  tax: { zh: '税务', en: 'Tax', ja: '税務', ko: '세무' },
  customs: { zh: '通关', en: 'Customs clearance', ja: '通関', ko: '통관' },
  'certificate-of-origin': {
    zh: '原产地证书',
    en: 'Certificates of origin',
    ja: '原産地証明書',
    ko: '원산지 증명서',
  },
  'trade-finance': { zh: '贸易融资', en: 'Trade finance', ja: '貿易金融', ko: '무역 금융' },
  legal: { zh: '法律服务', en: 'Legal services', ja: '法律サービス', ko: '법률 서비스' },
  'enterprise-services': { zh: '企业服务', en: 'Business services', ja: '企業向けサービス', ko: '기업 지원 서비스' },
  'e-commerce-supervision': {
    zh: '跨境电商监管',
    en: 'Cross-border e-commerce supervision',
    ja: '越境EC監督管理',
    ko: '국경 간 전자상거래 감독',
  },
}

export const TALENT_CATEGORY_LABELS: Record<(typeof TALENT_CATEGORIES)[number], LocalizedLabel> = {
  subsidy: { zh: '人才补贴', en: 'Subsidies', ja: '補助金', ko: '보조금' },
  housing: { zh: '住房保障', en: 'Housing support', ja: '住宅支援', ko: '주거 지원' },
  'startup-funding': { zh: '创业资助', en: 'Start-up funding', ja: '起業資金支援', ko: '창업 자금 지원' },
  'residence-visa': { zh: '签证与居留', en: 'Visas and residence', ja: 'ビザ・在留資格', ko: '비자·체류' },
  'children-education': { zh: '子女教育', en: "Children's education", ja: '子女教育', ko: '자녀 교육' },
  'talent-services': { zh: '人才服务', en: 'Talent services', ja: '人材支援サービス', ko: '인재 지원 서비스' },
  events: { zh: '人才活动', en: 'Events', ja: 'イベント', ko: '행사' },
}

export const TALENT_GROUP_LABELS: Record<(typeof TALENT_GROUPS)[number], LocalizedLabel> = {
  'top-talent': { zh: '顶尖人才', en: 'Top talent', ja: 'トップレベル人材', ko: '최고급 인재' },
  phd: { zh: '博士', en: 'PhD holders', ja: '博士号取得者', ko: '박사 학위자' },
  masters: { zh: '硕士', en: "Master's degree holders", ja: '修士号取得者', ko: '석사 학위자' },
  'overseas-returnee': {
    zh: '留学归国人员',
    en: 'Overseas returnees',
    ja: '海外留学帰国者',
    ko: '해외 유학 귀국자',
  },
  'foreign-expert': { zh: '外国专家', en: 'Foreign experts', ja: '外国人専門家', ko: '외국인 전문가' },
  graduate: { zh: '高校毕业生', en: 'University graduates', ja: '大学卒業者', ko: '대학 졸업생' },
  'skilled-worker': { zh: '技能人才', en: 'Skilled workers', ja: '技能人材', ko: '숙련 기술 인력' },
  'startup-founder': { zh: '创业者', en: 'Start-up founders', ja: '起業家', ko: '창업자' },
}

export const NEWS_CATEGORY_LABELS: Record<(typeof NEWS_CATEGORIES)[number], LocalizedLabel> = {
  milestone: { zh: '重大进展', en: 'Milestones', ja: '主な成果', ko: '주요 성과' },
  investment: { zh: '招商引资', en: 'Investment', ja: '投資誘致', ko: '투자 유치' },
  policy: { zh: '政策动态', en: 'Policy', ja: '政策', ko: '정책' },
  'success-story': { zh: '成功案例', en: 'Success stories', ja: '成功事例', ko: '성공 사례' },
}

export const ENQUIRY_TYPE_LABELS: Record<(typeof ENQUIRY_TYPES)[number], LocalizedLabel> = {
  general: { zh: '一般咨询', en: 'General enquiry', ja: '一般的なお問い合わせ', ko: '일반 문의' },
  project: { zh: '投资项目', en: 'Investment project', ja: '投資案件', ko: '투자 프로젝트' },
  fund: { zh: '基金', en: 'Fund', ja: 'ファンド', ko: '펀드' },
  rcep: { zh: 'RCEP 服务', en: 'RCEP services', ja: 'RCEP関連サービス', ko: 'RCEP 서비스' },
  talent: { zh: '人才政策', en: 'Talent policy', ja: '人材政策', ko: '인재 정책' },
  area: { zh: '片区', en: 'Area', ja: 'エリア', ko: '지역' },
}

export const ENQUIRY_STATUS_LABELS: Record<(typeof ENQUIRY_STATUSES)[number], LocalizedLabel> = {
  new: { zh: '新咨询', en: 'New', ja: '新規', ko: '신규' },
  triaged: { zh: '已分派', en: 'Triaged', ja: '振り分け済み', ko: '배정됨' },
  contacted: { zh: '已联系', en: 'Contacted', ja: '連絡済み', ko: '연락함' },
  'in-progress': { zh: '跟进中', en: 'In progress', ja: '対応中', ko: '진행 중' },
  won: { zh: '已落地', en: 'Won', ja: '成約', ko: '성사' },
  lost: { zh: '未成功', en: 'Lost', ja: '不成立', ko: '무산' },
  spam: { zh: '垃圾信息', en: 'Spam', ja: 'スパム', ko: '스팸' },
}

export const OUTBOX_STATUS_LABELS: Record<(typeof OUTBOX_STATUSES)[number], LocalizedLabel> = {
  queued: { zh: '待发送', en: 'Queued', ja: '送信待ち', ko: '발송 대기' },
  sent: { zh: '已发送', en: 'Sent', ja: '送信済み', ko: '발송됨' },
  failed: { zh: '发送失败', en: 'Failed', ja: '送信失敗', ko: '발송 실패' },
}

export const REPLY_SENDER_LABELS: Record<(typeof REPLY_SENDERS)[number], LocalizedLabel> = {
  officer: { zh: '投资专员', en: 'Officer', ja: '投資担当者', ko: '투자 담당관' },
  investor: { zh: '投资者', en: 'Investor', ja: '投資家', ko: '투자자' },
  partner: { zh: '合作伙伴', en: 'Partner', ja: 'パートナー', ko: '파트너' },
}

export const OUTBOX_KIND_LABELS: Record<(typeof OUTBOX_KINDS)[number], LocalizedLabel> = {
  'enquiry-confirmation': { zh: '咨询受理确认', en: 'Enquiry confirmation', ja: 'お問い合わせ受付確認', ko: '문의 접수 확인' },
  'enquiry-notification': { zh: '新咨询提醒', en: 'New enquiry alert', ja: '新規お問い合わせの通知', ko: '새 문의 알림' },
  'enquiry-assignment': { zh: '咨询分派通知', en: 'Assignment notice', ja: '担当割り当ての通知', ko: '담당 배정 알림' },
  'enquiry-reply': { zh: '答复投资者', en: 'Reply to the investor', ja: '投資家への回答', ko: '투자자에게 보낸 답변' },
  'investor-reply': { zh: '投资者回复提醒', en: 'Investor replied', ja: '投資家からの返信の通知', ko: '투자자 답장 알림' },
  'enquiry-follow-up': { zh: '结案回访', en: 'Follow-up after closing', ja: '完了後のフォローアップ', ko: '종결 후 후속 안내' },
  'enquiry-due-reminder': { zh: '答复期限提醒', en: 'Reply due reminder', ja: '回答期限の通知', ko: '답변 기한 알림' },
  'enquiry-unassigned': { zh: '未分派提醒', en: 'Unassigned enquiry alert', ja: '担当者未定の通知', ko: '미배정 문의 알림' },
  'enquiry-overdue': { zh: '超期督办', en: 'Overdue enquiry alert', ja: '期限超過の通知', ko: '기한 초과 알림' },
  'partner-password-reset': { zh: '合作伙伴密码重置', en: 'Partner password reset', ja: 'パートナーのパスワード再設定', ko: '파트너 비밀번호 재설정' },
  'meeting-booked': { zh: '会谈预约通知', en: 'Meeting booked', ja: '面談予約の通知', ko: '면담 예약 알림' },
  'meeting-cancelled': { zh: '会谈取消通知', en: 'Meeting cancelled', ja: '面談キャンセルの通知', ko: '면담 취소 알림' },
  'partner-reply-notice': { zh: '合作伙伴答复提醒', en: 'Reply notice to partner', ja: 'パートナーへの回答通知', ko: '파트너 답변 알림' },
  'alert-confirmation': { zh: '订阅确认', en: 'Alert subscription confirmation', ja: '配信登録の確認', ko: '구독 확인' },
  alert: { zh: '新内容提醒', en: 'New content alert', ja: '新着のお知らせ', ko: '새 소식 알림' },
}

export const ALERT_FREQUENCY_LABELS: Record<(typeof ALERT_FREQUENCIES)[number], LocalizedLabel> = {
  instant: { zh: '即时', en: 'Instant', ja: '随時', ko: '즉시' },
  weekly: { zh: '每周汇总', en: 'Weekly digest', ja: '週1回のまとめ', ko: '주간 모음' },
}

export const ALERT_SUBSCRIBER_STATUS_LABELS: Record<(typeof ALERT_SUBSCRIBER_STATUSES)[number], LocalizedLabel> = {
  pending: { zh: '待确认', en: 'Awaiting confirmation', ja: '確認待ち', ko: '확인 대기' },
  confirmed: { zh: '已确认', en: 'Confirmed', ja: '確認済み', ko: '확인됨' },
}

export const MEETING_MODE_LABELS: Record<(typeof MEETING_MODES)[number], LocalizedLabel> = {
  video: { zh: '视频会议', en: 'Video call', ja: 'オンライン（ビデオ通話）', ko: '화상 회의' },
  'in-person': { zh: '线下面谈', en: 'In person', ja: '対面', ko: '대면' },
}

export const MEETING_LENGTH_LABELS: Record<(typeof MEETING_LENGTHS)[number], LocalizedLabel> = {
  '30': { zh: '30分钟', en: '30 minutes', ja: '30分', ko: '30분' },
  '45': { zh: '45分钟', en: '45 minutes', ja: '45分', ko: '45분' },
  '60': { zh: '1小时', en: '1 hour', ja: '1時間', ko: '1시간' },
  '90': { zh: '1.5小时', en: '1½ hours', ja: '1時間30分', ko: '1시간 30분' },
}

export const BOOKING_STATUS_LABELS: Record<(typeof BOOKING_STATUSES)[number], LocalizedLabel> = {
  booked: { zh: '已预约', en: 'Booked', ja: '予約済み', ko: '예약됨' },
  cancelled: { zh: '已取消', en: 'Cancelled', ja: 'キャンセル済み', ko: '취소됨' },
}

export const SATISFACTION_LABELS: Record<(typeof SATISFACTION_ANSWERS)[number], LocalizedLabel> = {
  satisfied: { zh: '满意', en: 'Satisfied', ja: '満足', ko: '만족' },
  'not-satisfied': { zh: '不满意', en: 'Not satisfied', ja: '不満', ko: '불만족' },
}

export const PRECISION_LABELS: Record<(typeof PRECISIONS)[number], LocalizedLabel> = {
  exact: { zh: '精确值', en: 'Exact', ja: '確定値', ko: '정확한 값' },
  about: { zh: '左右（约）', en: 'About', ja: '約', ko: '약' },
  moreThan: { zh: '以上（超过）', en: 'More than', ja: '超', ko: '이상(초과)' },
  atLeast: { zh: '不少于', en: 'At least', ja: '以上', ko: '최소' },
  nearly: { zh: '近', en: 'Nearly', ja: '近く', ko: '가까이' },
  upTo: { zh: '最高', en: 'Up to', ja: '最大', ko: '최대' },
}

export const PERIOD_KIND_LABELS: Record<(typeof PERIOD_KINDS)[number], LocalizedLabel> = {
  year: { zh: '当年实际', en: 'Year reached', ja: '実績の年', ko: '실적 연도' },
  target: { zh: '目标年份', en: 'Target year', ja: '目標年', ko: '목표 연도' },
}

export const CURRENCY_LABELS: Record<(typeof CURRENCIES)[number], LocalizedLabel> = {
  CNY: { zh: '人民币 (CNY)', en: 'Chinese yuan (CNY)', ja: '人民元（CNY）', ko: '중국 위안(CNY)' },
  USD: { zh: '美元 (USD)', en: 'US dollar (USD)', ja: '米ドル（USD）', ko: '미국 달러(USD)' },
  EUR: { zh: '欧元 (EUR)', en: 'Euro (EUR)', ja: 'ユーロ（EUR）', ko: '유로(EUR)' },
  JPY: { zh: '日元 (JPY)', en: 'Japanese yen (JPY)', ja: '日本円（JPY）', ko: '일본 엔(JPY)' },
  KRW: { zh: '韩元 (KRW)', en: 'South Korean won (KRW)', ja: '韓国ウォン（KRW）', ko: '대한민국 원(KRW)' },
  HKD: { zh: '港元 (HKD)', en: 'Hong Kong dollar (HKD)', ja: '香港ドル（HKD）', ko: '홍콩 달러(HKD)' },
  SGD: { zh: '新加坡元 (SGD)', en: 'Singapore dollar (SGD)', ja: 'シンガポールドル（SGD）', ko: '싱가포르 달러(SGD)' },
  GBP: { zh: '英镑 (GBP)', en: 'Pound sterling (GBP)', ja: '英ポンド（GBP）', ko: '영국 파운드(GBP)' },
  AUD: { zh: '澳元 (AUD)', en: 'Australian dollar (AUD)', ja: '豪ドル（AUD）', ko: '호주 달러(AUD)' },
}

/** Payload select options for one of the lists, labels in the four admin languages. */
export function selectOptions<V extends string>(
  labels: Record<V, LocalizedLabel>,
): { value: V; label: LocalizedLabel }[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
}

/** The label of a stored select value in one locale; the value itself when it has no label. */
export function optionLabel(labels: Record<string, LocalizedLabel>, value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null
  return labels[value]?.[locale] ?? value
}
