/** The 15 member states of the Regional Comprehensive Economic Partnership, as ISO 3166-1 alpha-2 codes. */
export const RCEP_MEMBER_COUNTRIES = [
  'AU', 'BN', 'KH', 'CN', 'ID', 'JP', 'LA', 'MY', 'MM', 'NZ', 'PH', 'SG', 'KR', 'TH', 'VN',
] as const
