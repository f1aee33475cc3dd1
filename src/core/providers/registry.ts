import type { TokenFormat } from './formats/types';
import { anthropicFormats } from './formats/anthropic';
import { awsFormats } from './formats/aws';
import { azureFormats } from './formats/azure';
import { datadogFormats } from './formats/datadog';
import { digitaloceanFormats } from './formats/digitalocean';
import { githubFormats } from './formats/github';
import { gitlabFormats } from './formats/gitlab';
import { googleFormats } from './formats/google';
import { hashicorpVaultFormats } from './formats/hashicorpVault';
import { huggingfaceFormats } from './formats/huggingface';
import { linearFormats } from './formats/linear';
import { mailgunFormats } from './formats/mailgun';
import { npmFormats } from './formats/npm';
import { openaiFormats } from './formats/openai';
import { pypiFormats } from './formats/pypi';
import { sendgridFormats } from './formats/sendgrid';
import { shopifyFormats } from './formats/shopify';
import { slackFormats } from './formats/slack';
import { stripeFormats } from './formats/stripe';
import { twilioFormats } from './formats/twilio';

export interface ProviderInfo {
  id: string;
  displayName: string;
  /** What a valid key looks like, for messages; never contains a value. */
  hint: string;
  /** Token formats, most specific first; also the formats of this provider's scanner rules. */
  formats: readonly TokenFormat[];
}

/** Providers whose keys the vault can recognise and validate offline. */
export const PROVIDERS = [
  {
    id: 'aws',
    displayName: 'AWS',
    hint: 'AWS access key ids start with AKIA or ASIA plus 16 characters; secret access keys are 40 base64 characters',
    formats: awsFormats,
  },
  {
    id: 'github',
    displayName: 'GitHub',
    hint: 'GitHub tokens start with ghp_, gho_, ghu_, ghs_, ghr_ or github_pat_',
    formats: githubFormats,
  },
  {
    id: 'gitlab',
    displayName: 'GitLab',
    hint: 'GitLab tokens start with glpat-, glrt- or glcbt-',
    formats: gitlabFormats,
  },
  {
    id: 'slack',
    displayName: 'Slack',
    hint: 'Slack tokens start with xoxb-, xoxp-, xoxe-, xapp- or are https://hooks.slack.com/ URLs',
    formats: slackFormats,
  },
  {
    id: 'stripe',
    displayName: 'Stripe',
    hint: 'Stripe secret keys start with sk_live_, sk_test_, rk_live_, rk_test_ or whsec_',
    formats: stripeFormats,
  },
  {
    id: 'google',
    displayName: 'Google',
    hint: 'Google API keys start with AIza plus 35 characters; OAuth client secrets start with GOCSPX-',
    formats: googleFormats,
  },
  {
    id: 'openai',
    displayName: 'OpenAI',
    hint: 'OpenAI keys start with sk- (or sk-proj-, sk-svcacct-, sk-admin-) and contain T3BlbkFJ',
    formats: openaiFormats,
  },
  {
    id: 'anthropic',
    displayName: 'Anthropic',
    hint: 'Anthropic keys start with sk-ant-api03- or sk-ant-admin01- and end with AA',
    formats: anthropicFormats,
  },
  { id: 'npm', displayName: 'npm', hint: 'npm tokens are npm_ plus 36 letters and digits', formats: npmFormats },
  {
    id: 'pypi',
    displayName: 'PyPI',
    hint: 'PyPI tokens start with pypi-AgEIcHlwaS5vcmc (or the TestPyPI header)',
    formats: pypiFormats,
  },
  {
    id: 'twilio',
    displayName: 'Twilio',
    hint: 'Twilio API keys are SK plus 32 hex characters; auth tokens are 32 hex characters',
    formats: twilioFormats,
  },
  {
    id: 'sendgrid',
    displayName: 'SendGrid',
    hint: 'SendGrid API keys look like SG.<22 characters>.<43 characters>',
    formats: sendgridFormats,
  },
  {
    id: 'mailgun',
    displayName: 'Mailgun',
    hint: 'Mailgun keys are key- plus 32 hex characters, or 32-8-8 hex groups',
    formats: mailgunFormats,
  },
  {
    id: 'shopify',
    displayName: 'Shopify',
    hint: 'Shopify tokens start with shpat_, shpca_, shppa_ or shpss_ plus 32 hex characters',
    formats: shopifyFormats,
  },
  {
    id: 'digitalocean',
    displayName: 'DigitalOcean',
    hint: 'DigitalOcean tokens start with dop_v1_, doo_v1_ or dor_v1_ plus 64 hex characters',
    formats: digitaloceanFormats,
  },
  {
    id: 'huggingface',
    displayName: 'Hugging Face',
    hint: 'Hugging Face tokens are hf_ plus 34 letters',
    formats: huggingfaceFormats,
  },
  {
    id: 'hashicorp-vault',
    displayName: 'HashiCorp Vault',
    hint: 'Vault tokens start with hvs., hvb. or hvr. (s. before Vault 1.10)',
    formats: hashicorpVaultFormats,
  },
  {
    id: 'azure',
    displayName: 'Azure storage',
    hint: 'Azure storage account keys are 86 base64 characters plus ==, or a connection string with AccountKey=',
    formats: azureFormats,
  },
  {
    id: 'datadog',
    displayName: 'Datadog',
    hint: 'Datadog API keys are 32 hex characters; application keys are 40',
    formats: datadogFormats,
  },
  {
    id: 'linear',
    displayName: 'Linear',
    hint: 'Linear API keys start with lin_api_ plus 40 characters',
    formats: linearFormats,
  },
] as const satisfies readonly ProviderInfo[];

export type ProviderId = (typeof PROVIDERS)[number]['id'];

export const PROVIDER_IDS = PROVIDERS.map((p) => p.id) as [ProviderId, ...ProviderId[]];

export function providerInfo(id: ProviderId): ProviderInfo {
  return PROVIDERS.find((p) => p.id === id)!;
}
