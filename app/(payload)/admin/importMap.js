import { TranslationSourceDescription as TranslationSourceDescription_cc8a4c0ea35c233dd2a472a205de6981 } from '../../../components/admin/TranslationSource'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationCheck as TranslationCheck_891c61e6564b02c205d6635322426a6c } from '../../../components/admin/TranslationCheck'
import { MetaOverview as MetaOverview_13faa82a8cb346e0ce0b3ba7568db318 } from '../../../components/admin/seo/MetaOverview'
import { MetaLengthField as MetaLengthField_20f4c501fb53bf96935564f3e10025d6 } from '../../../components/admin/seo/MetaLengthField'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { EnquiryConversation as EnquiryConversation_18c898371d07a304fe2875af372da9d3 } from '../../../components/admin/EnquiryConversation'
import { SubjectCell as SubjectCell_521b562915918812b69154e396284f46 } from '../../../components/admin/SubjectCell'
import { CountryCell as CountryCell_b8187950bc7441dae54a572f16abcc87 } from '../../../components/admin/CountryCell'
import { MessageCell as MessageCell_07e9c68dd8366cae7264f167fb0758b0 } from '../../../components/admin/MessageCell'
import { AssigneeField as AssigneeField_a010989659db37ef393601b146644753 } from '../../../components/admin/AssigneeField'
import { DueAtCell as DueAtCell_569645374a727aaaae06e7adf8cde439 } from '../../../components/admin/DueAtCell'
import { EnquiryAgeCell as EnquiryAgeCell_9ae06f3f7ceedc08d75ebfb9b3b5da53 } from '../../../components/admin/EnquiryAgeCell'
import { EnquiryListActions as EnquiryListActions_caa39a567131f982167a4645b3fbde8e } from '../../../components/admin/EnquiryListActions'
import { CancelMeetingButton as CancelMeetingButton_30f460ff3b2568791c176b6e605469df } from '../../../components/admin/CancelMeetingButton'
import { OutboxRetryButton as OutboxRetryButton_c35e52f1ceaca037a7250e74b2d00b98 } from '../../../components/admin/OutboxRetryButton'
import { AlertSubscriberListActions as AlertSubscriberListActions_b33525d4d7739043ae49855a4cbf9107 } from '../../../components/admin/AlertSubscriberListActions'
import { StaffAvatar as StaffAvatar_f81e9aed0707ee90d9b73c6a46f745dc } from '../../../components/admin/frame/StaffAvatar'
import { BureauMark as BureauMark_db48c47fd4be0da2e42e92f8eb85ba00 } from '../../../components/admin/frame/BureauMark'
import { BureauLogo as BureauLogo_ab1d2bf02a9c346d9e3e56364d5b3033 } from '../../../components/admin/frame/BureauLogo'
import { EnquiryReportLink as EnquiryReportLink_114e7292cb3e3b1b58787870bfb0d7ba } from '../../../components/admin/EnquiryReportLink'
import { PublishingScheduleLink as PublishingScheduleLink_58d4c8ec0fbf51fe03835a8d5d167b35 } from '../../../components/admin/schedule/PublishingScheduleLink'
import { EnquiryPipeline as EnquiryPipeline_b425ccb74953e76ae0ab4d8900174d93 } from '../../../components/admin/EnquiryPipeline'
import { TranslationStatus as TranslationStatus_3587120a96e0157d0c702d89430314d3 } from '../../../components/admin/TranslationStatus'
import { FollowStaffLanguage as FollowStaffLanguage_4ff5369f81aec1e8feec6a1c9b038072 } from '../../../components/admin/frame/FollowStaffLanguage'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { EnquiryReportView as EnquiryReportView_d9d4d4e0e7c2183715b2089a4951f3a8 } from '../../../components/admin/report/EnquiryReportView'
import { PublishingScheduleView as PublishingScheduleView_fb1d3a980a585379122bf1ecfb237172 } from '../../../components/admin/schedule/PublishingScheduleView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/TranslationSource#TranslationSourceDescription": TranslationSourceDescription_cc8a4c0ea35c233dd2a472a205de6981,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/TranslationCheck#TranslationCheck": TranslationCheck_891c61e6564b02c205d6635322426a6c,
  "/components/admin/seo/MetaOverview#MetaOverview": MetaOverview_13faa82a8cb346e0ce0b3ba7568db318,
  "/components/admin/seo/MetaLengthField#MetaLengthField": MetaLengthField_20f4c501fb53bf96935564f3e10025d6,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/components/admin/EnquiryConversation#EnquiryConversation": EnquiryConversation_18c898371d07a304fe2875af372da9d3,
  "/components/admin/SubjectCell#SubjectCell": SubjectCell_521b562915918812b69154e396284f46,
  "/components/admin/CountryCell#CountryCell": CountryCell_b8187950bc7441dae54a572f16abcc87,
  "/components/admin/MessageCell#MessageCell": MessageCell_07e9c68dd8366cae7264f167fb0758b0,
  "/components/admin/AssigneeField#AssigneeField": AssigneeField_a010989659db37ef393601b146644753,
  "/components/admin/DueAtCell#DueAtCell": DueAtCell_569645374a727aaaae06e7adf8cde439,
  "/components/admin/EnquiryAgeCell#EnquiryAgeCell": EnquiryAgeCell_9ae06f3f7ceedc08d75ebfb9b3b5da53,
  "/components/admin/EnquiryListActions#EnquiryListActions": EnquiryListActions_caa39a567131f982167a4645b3fbde8e,
  "/components/admin/CancelMeetingButton#CancelMeetingButton": CancelMeetingButton_30f460ff3b2568791c176b6e605469df,
  "/components/admin/OutboxRetryButton#OutboxRetryButton": OutboxRetryButton_c35e52f1ceaca037a7250e74b2d00b98,
  "/components/admin/AlertSubscriberListActions#AlertSubscriberListActions": AlertSubscriberListActions_b33525d4d7739043ae49855a4cbf9107,
  "/components/admin/frame/StaffAvatar#StaffAvatar": StaffAvatar_f81e9aed0707ee90d9b73c6a46f745dc,
  "/components/admin/frame/BureauMark#BureauMark": BureauMark_db48c47fd4be0da2e42e92f8eb85ba00,
  "/components/admin/frame/BureauLogo#BureauLogo": BureauLogo_ab1d2bf02a9c346d9e3e56364d5b3033,
  "/components/admin/EnquiryReportLink#EnquiryReportLink": EnquiryReportLink_114e7292cb3e3b1b58787870bfb0d7ba,
  "/components/admin/schedule/PublishingScheduleLink#PublishingScheduleLink": PublishingScheduleLink_58d4c8ec0fbf51fe03835a8d5d167b35,
  "/components/admin/EnquiryPipeline#EnquiryPipeline": EnquiryPipeline_b425ccb74953e76ae0ab4d8900174d93,
  "/components/admin/TranslationStatus#TranslationStatus": TranslationStatus_3587120a96e0157d0c702d89430314d3,
  "/components/admin/frame/FollowStaffLanguage#FollowStaffLanguage": FollowStaffLanguage_4ff5369f81aec1e8feec6a1c9b038072,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/admin/report/EnquiryReportView#EnquiryReportView": EnquiryReportView_d9d4d4e0e7c2183715b2089a4951f3a8,
  "/components/admin/schedule/PublishingScheduleView#PublishingScheduleView": PublishingScheduleView_fb1d3a980a585379122bf1ecfb237172,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
