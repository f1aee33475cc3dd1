// Every provider module, in one list. Adding a provider: write its module, add it here.
import { squarespaceRules } from './squarespace';
import { settlemintRules } from './settlemint';
import { sendbirdRules } from './sendbird';
import { privateaiRules } from './privateai';
import { nytimesRules } from './nytimes';
import { maxmindRules } from './maxmind';
import { mattermostRules } from './mattermost';
import { linkedinRules } from './linkedin';
import { kucoinRules } from './kucoin';
import { gitterRules } from './gitter';
import { freshbooksRules } from './freshbooks';
import { flickrRules } from './flickr';
import { finnhubRules } from './finnhub';
import { etsyRules } from './etsy';
import { duffelRules } from './duffel';
import { droneciRules } from './droneci';
import { definednetworkingRules } from './definednetworking';
import { confluentRules } from './confluent';
import { coinbaseRules } from './coinbase';
import { clickhouseRules } from './clickhouse';
import { merakiRules } from './meraki';
import { bittrexRules } from './bittrex';
import { authressRules } from './authress';
import { adafruitRules } from './adafruit';
import { sidekiqRules } from './sidekiq';
import { intra42Rules } from './intra42';
import { openshiftRules } from './openshift';
import { awsRules } from './aws';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';
import { slackRules } from './slack';
import { stripeRules } from './stripe';
import { googleRules } from './google';
import { azureRules } from './azure';
import { openaiRules } from './openai';
import { anthropicRules } from './anthropic';
import { npmRules } from './npm';
import { pypiRules } from './pypi';
import { twilioRules } from './twilio';
import { sendgridRules } from './sendgrid';
import { mailgunRules } from './mailgun';
import { shopifyRules } from './shopify';
import { digitaloceanRules } from './digitalocean';
import { huggingfaceRules } from './huggingface';
import { hashicorpVaultRules } from './hashicorpVault';
import { datadogRules } from './datadog';
import { linearRules } from './linear';
import { firebaseRules } from './firebase';
import { bitbucketRules } from './bitbucket';
import { atlassianRules } from './atlassian';
import { cohereRules } from './cohere';
import { replicateRules } from './replicate';
import { groqRules } from './groq';
import { perplexityRules } from './perplexity';
import { xaiRules } from './xai';
import { openrouterRules } from './openrouter';
import { langsmithRules } from './langsmith';
import { mistralRules } from './mistral';
import { tavilyRules } from './tavily';
import { rubygemsRules } from './rubygems';
import { nugetRules } from './nuget';
import { dockerhubRules } from './dockerhub';
import { jfrogRules } from './jfrog';
import { clojarsRules } from './clojars';
import { mailchimpRules } from './mailchimp';
import { mandrillRules } from './mandrill';
import { postmarkRules } from './postmark';
import { squareRules } from './square';
import { paypalRules } from './paypal';
import { herokuRules } from './heroku';
import { flyioRules } from './flyio';
import { vercelRules } from './vercel';
import { netlifyRules } from './netlify';
import { cloudflareRules } from './cloudflare';
import { newrelicRules } from './newrelic';
import { sentryRules } from './sentry';
import { grafanaRules } from './grafana';
import { pagerdutyRules } from './pagerduty';
import { oktaRules } from './okta';
import { auth0Rules } from './auth0';
import { terraformRules } from './terraform';
import { pulumiRules } from './pulumi';
import { dopplerRules } from './doppler';
import { onepasswordRules } from './onepassword';
import { notionRules } from './notion';
import { airtableRules } from './airtable';
import { asanaRules } from './asana';
import { telegramRules } from './telegram';
import { discordRules } from './discord';
import { dropboxRules } from './dropbox';
import { ageRules } from './age';
import { alibabaRules } from './alibaba';
import { adobeRules } from './adobe';
import { algoliaRules } from './algolia';
import { beamerRules } from './beamer';
import { codecovRules } from './codecov';
import { contentfulRules } from './contentful';
import { databricksRules } from './databricks';
import { dynatraceRules } from './dynatrace';
import { easypostRules } from './easypost';
import { facebookRules } from './facebook';
import { figmaRules } from './figma';
import { finicityRules } from './finicity';
import { frameioRules } from './frameio';
import { gocardlessRules } from './gocardless';
import { intercomRules } from './intercom';
import { krakenRules } from './kraken';
import { lobRules } from './lob';
import { messagebirdRules } from './messagebird';
import { mapboxRules } from './mapbox';
import { planetscaleRules } from './planetscale';
import { postmanRules } from './postman';
import { prefectRules } from './prefect';
import { readmeRules } from './readme';
import { scalingoRules } from './scalingo';
import { brevoRules } from './brevo';
import { shippoRules } from './shippo';
import { snykRules } from './snyk';
import { sumologicRules } from './sumologic';
import { supabaseRules } from './supabase';
import { travisRules } from './travis';
import { twitchRules } from './twitch';
import { twitterRules } from './twitter';
import { typeformRules } from './typeform';
import { yandexRules } from './yandex';
import { zendeskRules } from './zendesk';
import { linodeRules } from './linode';
import { hetznerRules } from './hetzner';
import { scalewayRules } from './scaleway';
import { tencentRules } from './tencent';
import { fastlyRules } from './fastly';
import { renderRules } from './render';
import { circleciRules } from './circleci';
import { buildkiteRules } from './buildkite';
import { harnessRules } from './harness';
import { launchdarklyRules } from './launchdarkly';
import { sonarqubeRules } from './sonarqube';
import { sourcegraphRules } from './sourcegraph';
import { infracostRules } from './infracost';
import { octopusRules } from './octopus';
import { flutterwaveRules } from './flutterwave';
import { plaidRules } from './plaid';
import { rapidapiRules } from './rapidapi';
import { microsoftTeamsRules } from './microsoftTeams';
import { zapierRules } from './zapier';
import { sparkpostRules } from './sparkpost';
import { vonageRules } from './vonage';
import { trelloRules } from './trello';
import { clickupRules } from './clickup';
import { hubspotRules } from './hubspot';
import { salesforceRules } from './salesforce';
import { mailersendRules } from './mailersend';
import { resendRules } from './resend';
import { denoRules } from './deno';
import { neonRules } from './neon';
import { rollbarRules } from './rollbar';
import { bugsnagRules } from './bugsnag';
import { splunkRules } from './splunk';
import { opsgenieRules } from './opsgenie';
import { woocommerceRules } from './woocommerce';
import { cloudinaryRules } from './cloudinary';
import { infisicalRules } from './infisical';
import { bitwardenRules } from './bitwarden';
import { infuraRules } from './infura';
import { riotRules } from './riot';
import { jenkinsRules } from './jenkins';
import { teamcityRules } from './teamcity';
import type { Rule } from '../../types';

export const providerRules: readonly Rule[] = [
  ...awsRules,
  ...githubRules,
  ...gitlabRules,
  ...slackRules,
  ...stripeRules,
  ...googleRules,
  ...azureRules,
  ...openaiRules,
  ...anthropicRules,
  ...npmRules,
  ...pypiRules,
  ...twilioRules,
  ...sendgridRules,
  ...mailgunRules,
  ...shopifyRules,
  ...digitaloceanRules,
  ...huggingfaceRules,
  ...hashicorpVaultRules,
  ...datadogRules,
  ...linearRules,
  ...firebaseRules,
  ...bitbucketRules,
  ...atlassianRules,
  ...cohereRules,
  ...replicateRules,
  ...groqRules,
  ...perplexityRules,
  ...xaiRules,
  ...openrouterRules,
  ...langsmithRules,
  ...mistralRules,
  ...tavilyRules,
  ...rubygemsRules,
  ...nugetRules,
  ...dockerhubRules,
  ...jfrogRules,
  ...clojarsRules,
  ...mailchimpRules,
  ...mandrillRules,
  ...postmarkRules,
  ...squareRules,
  ...paypalRules,
  ...herokuRules,
  ...flyioRules,
  ...vercelRules,
  ...netlifyRules,
  ...cloudflareRules,
  ...newrelicRules,
  ...sentryRules,
  ...grafanaRules,
  ...pagerdutyRules,
  ...oktaRules,
  ...auth0Rules,
  ...terraformRules,
  ...pulumiRules,
  ...dopplerRules,
  ...onepasswordRules,
  ...notionRules,
  ...airtableRules,
  ...asanaRules,
  ...telegramRules,
  ...discordRules,
  ...dropboxRules,
  ...ageRules,
  ...alibabaRules,
  ...adobeRules,
  ...algoliaRules,
  ...beamerRules,
  ...codecovRules,
  ...contentfulRules,
  ...databricksRules,
  ...dynatraceRules,
  ...easypostRules,
  ...facebookRules,
  ...figmaRules,
  ...finicityRules,
  ...frameioRules,
  ...gocardlessRules,
  ...intercomRules,
  ...krakenRules,
  ...lobRules,
  ...messagebirdRules,
  ...mapboxRules,
  ...planetscaleRules,
  ...postmanRules,
  ...prefectRules,
  ...readmeRules,
  ...scalingoRules,
  ...brevoRules,
  ...shippoRules,
  ...snykRules,
  ...sumologicRules,
  ...supabaseRules,
  ...travisRules,
  ...twitchRules,
  ...twitterRules,
  ...typeformRules,
  ...yandexRules,
  ...zendeskRules,
  ...linodeRules,
  ...hetznerRules,
  ...scalewayRules,
  ...tencentRules,
  ...fastlyRules,
  ...renderRules,
  ...circleciRules,
  ...buildkiteRules,
  ...harnessRules,
  ...launchdarklyRules,
  ...sonarqubeRules,
  ...sourcegraphRules,
  ...infracostRules,
  ...octopusRules,
  ...flutterwaveRules,
  ...plaidRules,
  ...rapidapiRules,
  ...microsoftTeamsRules,
  ...zapierRules,
  ...sparkpostRules,
  ...vonageRules,
  ...trelloRules,
  ...clickupRules,
  ...hubspotRules,
  ...salesforceRules,
  ...mailersendRules,
  ...resendRules,
  ...denoRules,
  ...neonRules,
  ...rollbarRules,
  ...bugsnagRules,
  ...splunkRules,
  ...opsgenieRules,
  ...woocommerceRules,
  ...cloudinaryRules,
  ...infisicalRules,
  ...bitwardenRules,
  ...infuraRules,
  ...riotRules,
  ...jenkinsRules,
  ...teamcityRules,
  ...openshiftRules,
  ...intra42Rules,
  ...sidekiqRules,
  ...adafruitRules,
  ...authressRules,
  ...bittrexRules,
  ...merakiRules,
  ...clickhouseRules,
  ...coinbaseRules,
  ...confluentRules,
  ...definednetworkingRules,
  ...droneciRules,
  ...duffelRules,
  ...etsyRules,
  ...finnhubRules,
  ...flickrRules,
  ...freshbooksRules,
  ...gitterRules,
  ...kucoinRules,
  ...linkedinRules,
  ...mattermostRules,
  ...maxmindRules,
  ...nytimesRules,
  ...privateaiRules,
  ...sendbirdRules,
  ...settlemintRules,
  ...squarespaceRules,
];
