// Public, non-secret prefixes that identify a token's issuer. Masking keeps them visible
// (`sk_test_....1234`) because they tell a user which key it is without revealing it.
// Longest first, so `sk-ant-api03-` wins over `sk-`.
const PREFIXES = [
  'sk-ant-api03-', 'sk-ant-admin01-', 'sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-ant-', 'sk-or-v1-',
  'github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_',
  'glpat-', 'gloas-', 'gldt-', 'glrt-', 'glptt-', 'glft-', 'glsoat-',
  'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'pk_live_', 'pk_test_', 'whsec_',
  'xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxe-', 'xapp-',
  'AKIA', 'ASIA', 'AIza',
  'npm_', 'pypi-', 'rubygems_', 'oy2', 'dckr_pat_', 'SG.', 'key-',
  'shpat_', 'shpss_', 'shpca_', 'shppa_',
  'dop_v1_', 'doo_v1_', 'dor_v1_', 'hf_', 'r8_', 'hvs.', 'hvb.', 'lin_api_', 'secret_', 'ntn_',
  'sq0atp-', 'sq0csp-', 'EAAA', 'FlyV1 ', 'nfp_', 'vcp_', 'dp.pt.', 'dp.st.', 'ops_', 'pul-', 'glc_', 'glsa_',
  'sntrys_', 'sntryu_', 'NRAK-', 'AGE-SECRET-KEY-', 'atlasv1.',
  'glrt-', 'glcbt-', 'dckr_oat_', 'HRKU-', 'gsk_', 'pplx-', 'xai-', 'lsv2_pt_', 'lsv2_sk_', 'tvly-',
  'figd_', 'pscale_tkn_', 'pscale_pw_', 'PMAK-', 'pnu_', 'rdme_', 'xkeysib-', 'xsmtpsib-', 'sbp_',
  'sb_secret_', 'CFPAT-', 'EZAK', 'EZTK', 'bkua_', 'sgp_', 'napi_', 'rnd_', 'tfp_', 'AKCp', 'CLOJARS_',
].sort((a, b) => b.length - a.length);

/** The known provider prefix `value` starts with, or '' when there is none. */
export function knownPrefix(value: string): string {
  return PREFIXES.find((p) => value.startsWith(p)) ?? '';
}
