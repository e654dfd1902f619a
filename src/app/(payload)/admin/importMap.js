import { LengthLimit as LengthLimit_079f1612f23bec6294f78d8af5d5c35f } from '@/components/admin/LengthLimit.client'
import { AzSource as AzSource_f0a9e33ec1c3aaf02c0693ae09b3c235 } from '@/components/admin/AzSource.client'
import { ReviewComment as ReviewComment_1e2294ce761d359aa8affc7ed933a7c3 } from '@/components/admin/ReviewComment.client'
import { GlossaryPanel as GlossaryPanel_88714968a7f1532cd7b6ca29ac59ff0c } from '@/components/admin/GlossaryPanel.client'
import { MemoryMatches as MemoryMatches_43dedac23dac1e5eaf89b35b74175a55 } from '@/components/admin/MemoryMatches.client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationBadge as TranslationBadge_e4dd1462fe3fc1b9d44659a93557939f } from '@/components/admin/TranslationBadge.client'
import { DuplicateWarning as DuplicateWarning_375f90d3feaef16df90bb170e8ac4b1a } from '@/components/admin/DuplicateWarning.client'
import { PeopleImportLink as PeopleImportLink_c7a53550239499cc9d9131e8ba2e6679 } from '@/components/admin/PeopleImportLink'
import { PageRowLabel as PageRowLabel_0527c7662e97ae71e7291f1b1c0b3665 } from '@/components/admin/PageRowLabel'
import { SubmissionSubject as SubmissionSubject_f8f613d034efadf73348a3f72fbc870b } from '@/components/admin/SubmissionSubject'
import { ReviewActions as ReviewActions_3280857d7917e9c57d3d8dcf6b1a3c61 } from '@/components/admin/ReviewActions.client'
import { TranslationsNavLink as TranslationsNavLink_a8b89cbe6c76dd90aa1bf5efbad9c6bc } from '@/components/admin/TranslationsNavLink'
import { MyJobs as MyJobs_7ab7cc97500cc825b79e6cdf7b031c25 } from '@/components/admin/MyJobs'
import { LoginHeading as LoginHeading_15c8d6a7796d3d55d17110b644a7c95b } from '@/components/admin/LoginHeading'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TranslationsView as TranslationsView_b7445b4658b400362b05f11e5334161d } from '@/components/admin/TranslationsView'
import { PeopleImportView as PeopleImportView_b74d134b7196193c8ee6bb9f757fb19b } from '@/components/admin/PeopleImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/LengthLimit.client#LengthLimit": LengthLimit_079f1612f23bec6294f78d8af5d5c35f,
  "@/components/admin/AzSource.client#AzSource": AzSource_f0a9e33ec1c3aaf02c0693ae09b3c235,
  "@/components/admin/ReviewComment.client#ReviewComment": ReviewComment_1e2294ce761d359aa8affc7ed933a7c3,
  "@/components/admin/GlossaryPanel.client#GlossaryPanel": GlossaryPanel_88714968a7f1532cd7b6ca29ac59ff0c,
  "@/components/admin/MemoryMatches.client#MemoryMatches": MemoryMatches_43dedac23dac1e5eaf89b35b74175a55,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/TranslationBadge.client#TranslationBadge": TranslationBadge_e4dd1462fe3fc1b9d44659a93557939f,
  "@/components/admin/DuplicateWarning.client#DuplicateWarning": DuplicateWarning_375f90d3feaef16df90bb170e8ac4b1a,
  "@/components/admin/PeopleImportLink#PeopleImportLink": PeopleImportLink_c7a53550239499cc9d9131e8ba2e6679,
  "@/components/admin/PageRowLabel#PageRowLabel": PageRowLabel_0527c7662e97ae71e7291f1b1c0b3665,
  "@/components/admin/SubmissionSubject#SubmissionSubject": SubmissionSubject_f8f613d034efadf73348a3f72fbc870b,
  "@/components/admin/ReviewActions.client#ReviewActions": ReviewActions_3280857d7917e9c57d3d8dcf6b1a3c61,
  "@/components/admin/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_a8b89cbe6c76dd90aa1bf5efbad9c6bc,
  "@/components/admin/MyJobs#MyJobs": MyJobs_7ab7cc97500cc825b79e6cdf7b031c25,
  "@/components/admin/LoginHeading#LoginHeading": LoginHeading_15c8d6a7796d3d55d17110b644a7c95b,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/TranslationsView#TranslationsView": TranslationsView_b7445b4658b400362b05f11e5334161d,
  "@/components/admin/PeopleImportView#PeopleImportView": PeopleImportView_b74d134b7196193c8ee6bb9f757fb19b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
