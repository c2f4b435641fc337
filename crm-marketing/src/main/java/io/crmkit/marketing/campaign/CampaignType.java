package io.crmkit.marketing.campaign;

/** What kind of campaign it is (Salesforce's standard picklist), e.g. {@code CampaignType.EMAIL}. */
public enum CampaignType {
  ADVERTISEMENT,
  EMAIL,
  TELEMARKETING,
  BANNER_ADS,
  SEMINAR_CONFERENCE,
  PUBLIC_RELATIONS,
  PARTNERS,
  REFERRAL_PROGRAM,
  SOCIAL,
  WEBINAR,
  DIRECT_MAIL,
  OTHER
}
