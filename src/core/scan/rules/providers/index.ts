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
import { nvidiaRules } from './nvidia';
import { pineconeRules } from './pinecone';
import { langfuseRules } from './langfuse';
import { elevenlabsRules } from './elevenlabs';
import { deepseekRules } from './deepseek';
import { assemblyaiRules } from './assemblyai';
import { deepgramRules } from './deepgram';
import { stabilityaiRules } from './stabilityai';
import { togetheraiRules } from './togetherai';
import { fireworksaiRules } from './fireworksai';
import { clarifaiRules } from './clarifai';
import { wandbRules } from './wandb';
import { tailscaleRules } from './tailscale';
import { ngrokRules } from './ngrok';
import { posthogRules } from './posthog';
import { apifyRules } from './apify';
import { wakatimeRules } from './wakatime';
import { samsaraRules } from './samsara';
import { flagsmithRules } from './flagsmith';
import { configcatRules } from './configcat';
import { statsigRules } from './statsig';
import { unleashRules } from './unleash';
import { honeycombRules } from './honeycomb';
import { honeybadgerRules } from './honeybadger';
import { airbrakeRules } from './airbrake';
import { logglyRules } from './loggly';
import { mezmoRules } from './mezmo';
import { logzioRules } from './logzio';
import { uptimerobotRules } from './uptimerobot';
import { statuspageRules } from './statuspage';
import { codacyRules } from './codacy';
import { coverallsRules } from './coveralls';
import { codeclimateRules } from './codeclimate';
import { percyRules } from './percy';
import { browserstackRules } from './browserstack';
import { saucelabsRules } from './saucelabs';
import { cypressRules } from './cypress';
import { giteaRules } from './gitea';
import { cloudsmithRules } from './cloudsmith';
import { packagecloudRules } from './packagecloud';
import { vultrRules } from './vultr';
import { ibmcloudRules } from './ibmcloud';
import { akamaiRules } from './akamai';
import { exoscaleRules } from './exoscale';
import { railwayRules } from './railway';
import { backblazeRules } from './backblaze';
import { aivenRules } from './aiven';
import { upstashRules } from './upstash';
import { faunaRules } from './fauna';
import { xataRules } from './xata';
import { mongodbatlasRules } from './mongodbatlas';
import { hasuraRules } from './hasura';
import { razorpayRules } from './razorpay';
import { paystackRules } from './paystack';
import { checkoutRules } from './checkout';
import { mollieRules } from './mollie';
import { paddleRules } from './paddle';
import { dwollaRules } from './dwolla';
import { wiseRules } from './wise';
import { adyenRules } from './adyen';
import { chargebeeRules } from './chargebee';
import { recurlyRules } from './recurly';
import { gumroadRules } from './gumroad';
import { bigcommerceRules } from './bigcommerce';
import { bitfinexRules } from './bitfinex';
import { binanceRules } from './binance';
import { geminiRules } from './gemini';
import { etherscanRules } from './etherscan';
import { alchemyRules } from './alchemy';
import { moralisRules } from './moralis';
import { coinmarketcapRules } from './coinmarketcap';
import { blocknativeRules } from './blocknative';
import { plivoRules } from './plivo';
import { pusherRules } from './pusher';
import { pubnubRules } from './pubnub';
import { ablyRules } from './ably';
import { agoraRules } from './agora';
import { telnyxRules } from './telnyx';
import { textmagicRules } from './textmagic';
import { clicksendRules } from './clicksend';
import { infobipRules } from './infobip';
import { webexRules } from './webex';
import { lineRules } from './line';
import { zulipRules } from './zulip';
import { onesignalRules } from './onesignal';
import { getstreamRules } from './getstream';
import { pushbulletRules } from './pushbullet';
import { mailjetRules } from './mailjet';
import { mailerliteRules } from './mailerlite';
import { convertkitRules } from './convertkit';
import { customerioRules } from './customerio';
import { elasticemailRules } from './elasticemail';
import { klaviyoRules } from './klaviyo';
import { getresponseRules } from './getresponse';
import { iterableRules } from './iterable';
import { brazeRules } from './braze';
import { activecampaignRules } from './activecampaign';
import { moosendRules } from './moosend';
import { omnisendRules } from './omnisend';
import { segmentRules } from './segment';
import { mixpanelRules } from './mixpanel';
import { amplitudeRules } from './amplitude';
import { fullstoryRules } from './fullstory';
import { pipedriveRules } from './pipedrive';
import { freshdeskRules } from './freshdesk';
import { helpscoutRules } from './helpscout';
import { smartsheetRules } from './smartsheet';
import { todoistRules } from './todoist';
import { shortcutRules } from './shortcut';
import { miroRules } from './miro';
import { jotformRules } from './jotform';
import { docusignRules } from './docusign';
import { hellosignRules } from './hellosign';
import { pandadocRules } from './pandadoc';
import { webflowRules } from './webflow';
import { storyblokRules } from './storyblok';
import { contentstackRules } from './contentstack';
import { sanityRules } from './sanity';
import { datocmsRules } from './datocms';
import { buttercmsRules } from './buttercms';
import { ghostRules } from './ghost';
import { hereRules } from './here';
import { tomtomRules } from './tomtom';
import { mapquestRules } from './mapquest';
import { opencageRules } from './opencage';
import { locationiqRules } from './locationiq';
import { ipinfoRules } from './ipinfo';
import { ipstackRules } from './ipstack';
import { openweatherRules } from './openweather';
import { weatherapiRules } from './weatherapi';
import { weatherstackRules } from './weatherstack';
import { tomorrowioRules } from './tomorrowio';
import { accuweatherRules } from './accuweather';
import { newsapiRules } from './newsapi';
import { alphavantageRules } from './alphavantage';
import { polygonRules } from './polygon';
import { twelvedataRules } from './twelvedata';
import { tiingoRules } from './tiingo';
import { marketstackRules } from './marketstack';
import { iexcloudRules } from './iexcloud';
import { nasdaqdatalinkRules } from './nasdaqdatalink';
import { unsplashRules } from './unsplash';
import { pexelsRules } from './pexels';
import { pixabayRules } from './pixabay';
import { giphyRules } from './giphy';
import { imgurRules } from './imgur';
import { spotifyRules } from './spotify';
import { vimeoRules } from './vimeo';
import { lastfmRules } from './lastfm';
import { stravaRules } from './strava';
import { imagekitRules } from './imagekit';
import { uploadcareRules } from './uploadcare';
import { muxRules } from './mux';
import { shodanRules } from './shodan';
import { censysRules } from './censys';
import { virustotalRules } from './virustotal';
import { abuseipdbRules } from './abuseipdb';
import { urlscanRules } from './urlscan';
import { securitytrailsRules } from './securitytrails';
import { alienvaultRules } from './alienvault';
import { hunterRules } from './hunter';
import { clearbitRules } from './clearbit';
import { fullcontactRules } from './fullcontact';
import { peopledatalabsRules } from './peopledatalabs';
import { oneloginRules } from './onelogin';
import { stytchRules } from './stytch';
import { jumpcloudRules } from './jumpcloud';
import { zoomRules } from './zoom';
import { castaiRules } from './castai';
import { chieftoolsRules } from './chieftools';
import { lookerRules } from './looker';
import { freemiusRules } from './freemius';
import { ovhRules } from './ovh';
import { typesenseRules } from './typesense';
import { meilisearchRules } from './meilisearch';
import { boxRules } from './box';
import { surveymonkeyRules } from './surveymonkey';
import { eventbriteRules } from './eventbrite';
import { instagramRules } from './instagram';
import { pinterestRules } from './pinterest';
import { redditRules } from './reddit';
import { bitlyRules } from './bitly';
import { yelpRules } from './yelp';
import { foursquareRules } from './foursquare';
import { dbtcloudRules } from './dbtcloud';
import { elasticRules } from './elastic';
import { zerotierRules } from './zerotier';
import { splitRules } from './split';
import { duoRules } from './duo';
import { keycloakRules } from './keycloak';
import { expoRules } from './expo';
import { crowdinRules } from './crowdin';
import { lokaliseRules } from './lokalise';
import { transifexRules } from './transifex';
import { surgeRules } from './surge';
import { harvestRules } from './harvest';
import { togglRules } from './toggl';
import { clockifyRules } from './clockify';
import { makeRules } from './make';
import { iftttRules } from './ifttt';
import { tinesRules } from './tines';

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
  ...nvidiaRules,
  ...pineconeRules,
  ...langfuseRules,
  ...elevenlabsRules,
  ...deepseekRules,
  ...assemblyaiRules,
  ...deepgramRules,
  ...stabilityaiRules,
  ...togetheraiRules,
  ...fireworksaiRules,
  ...clarifaiRules,
  ...wandbRules,
  ...tailscaleRules,
  ...ngrokRules,
  ...posthogRules,
  ...apifyRules,
  ...wakatimeRules,
  ...samsaraRules,
  ...flagsmithRules,
  ...configcatRules,
  ...statsigRules,
  ...unleashRules,
  ...honeycombRules,
  ...honeybadgerRules,
  ...airbrakeRules,
  ...logglyRules,
  ...mezmoRules,
  ...logzioRules,
  ...uptimerobotRules,
  ...statuspageRules,
  ...codacyRules,
  ...coverallsRules,
  ...codeclimateRules,
  ...percyRules,
  ...browserstackRules,
  ...saucelabsRules,
  ...cypressRules,
  ...giteaRules,
  ...cloudsmithRules,
  ...packagecloudRules,
  ...vultrRules,
  ...ibmcloudRules,
  ...akamaiRules,
  ...exoscaleRules,
  ...railwayRules,
  ...backblazeRules,
  ...aivenRules,
  ...upstashRules,
  ...faunaRules,
  ...xataRules,
  ...mongodbatlasRules,
  ...hasuraRules,
  ...razorpayRules,
  ...paystackRules,
  ...checkoutRules,
  ...mollieRules,
  ...paddleRules,
  ...dwollaRules,
  ...wiseRules,
  ...adyenRules,
  ...chargebeeRules,
  ...recurlyRules,
  ...gumroadRules,
  ...bigcommerceRules,
  ...bitfinexRules,
  ...binanceRules,
  ...geminiRules,
  ...etherscanRules,
  ...alchemyRules,
  ...moralisRules,
  ...coinmarketcapRules,
  ...blocknativeRules,
  ...plivoRules,
  ...pusherRules,
  ...pubnubRules,
  ...ablyRules,
  ...agoraRules,
  ...telnyxRules,
  ...textmagicRules,
  ...clicksendRules,
  ...infobipRules,
  ...webexRules,
  ...lineRules,
  ...zulipRules,
  ...onesignalRules,
  ...getstreamRules,
  ...pushbulletRules,
  ...mailjetRules,
  ...mailerliteRules,
  ...convertkitRules,
  ...customerioRules,
  ...elasticemailRules,
  ...klaviyoRules,
  ...getresponseRules,
  ...iterableRules,
  ...brazeRules,
  ...activecampaignRules,
  ...moosendRules,
  ...omnisendRules,
  ...segmentRules,
  ...mixpanelRules,
  ...amplitudeRules,
  ...fullstoryRules,
  ...pipedriveRules,
  ...freshdeskRules,
  ...helpscoutRules,
  ...smartsheetRules,
  ...todoistRules,
  ...shortcutRules,
  ...miroRules,
  ...jotformRules,
  ...docusignRules,
  ...hellosignRules,
  ...pandadocRules,
  ...webflowRules,
  ...storyblokRules,
  ...contentstackRules,
  ...sanityRules,
  ...datocmsRules,
  ...buttercmsRules,
  ...ghostRules,
  ...hereRules,
  ...tomtomRules,
  ...mapquestRules,
  ...opencageRules,
  ...locationiqRules,
  ...ipinfoRules,
  ...ipstackRules,
  ...openweatherRules,
  ...weatherapiRules,
  ...weatherstackRules,
  ...tomorrowioRules,
  ...accuweatherRules,
  ...newsapiRules,
  ...alphavantageRules,
  ...polygonRules,
  ...twelvedataRules,
  ...tiingoRules,
  ...marketstackRules,
  ...iexcloudRules,
  ...nasdaqdatalinkRules,
  ...unsplashRules,
  ...pexelsRules,
  ...pixabayRules,
  ...giphyRules,
  ...imgurRules,
  ...spotifyRules,
  ...vimeoRules,
  ...lastfmRules,
  ...stravaRules,
  ...imagekitRules,
  ...uploadcareRules,
  ...muxRules,
  ...shodanRules,
  ...censysRules,
  ...virustotalRules,
  ...abuseipdbRules,
  ...urlscanRules,
  ...securitytrailsRules,
  ...alienvaultRules,
  ...hunterRules,
  ...clearbitRules,
  ...fullcontactRules,
  ...peopledatalabsRules,
  ...oneloginRules,
  ...stytchRules,
  ...jumpcloudRules,
  ...zoomRules,
  ...castaiRules,
  ...chieftoolsRules,
  ...lookerRules,
  ...freemiusRules,
  ...ovhRules,
  ...typesenseRules,
  ...meilisearchRules,
  ...boxRules,
  ...surveymonkeyRules,
  ...eventbriteRules,
  ...instagramRules,
  ...pinterestRules,
  ...redditRules,
  ...bitlyRules,
  ...yelpRules,
  ...foursquareRules,
  ...dbtcloudRules,
  ...elasticRules,
  ...zerotierRules,
  ...splitRules,
  ...duoRules,
  ...keycloakRules,
  ...expoRules,
  ...crowdinRules,
  ...lokaliseRules,
  ...transifexRules,
  ...surgeRules,
  ...harvestRules,
  ...togglRules,
  ...clockifyRules,
  ...makeRules,
  ...iftttRules,
  ...tinesRules,
];
