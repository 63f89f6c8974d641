import * as migration_20261125_023221_initial from './20261125_023221_initial';
import * as migration_20261125_032451_talent_policy_industries from './20261125_032451_talent_policy_industries';
import * as migration_20261125_033400_enquiry_pipeline_outbox from './20261125_033400_enquiry_pipeline_outbox';
import * as migration_20261125_033452_status_per_locale from './20261125_033452_status_per_locale';
import * as migration_20261125_033453_search_index from './20261125_033453_search_index';
import * as migration_20261125_040000_enquiry_reference_sequence from './20261125_040000_enquiry_reference_sequence';
import * as migration_20261125_041143_media_storage_fields from './20261125_041143_media_storage_fields';
import * as migration_20261125_045346_outbox_password_reset_kind from './20261125_045346_outbox_password_reset_kind';
import * as migration_20261125_075344_project_list_index from './20261125_075344_project_list_index';
import * as migration_20261201_112229_enquiry_intake from './20261201_112229_enquiry_intake';
import * as migration_20261204_041606_outbox_sealed_secret from './20261204_041606_outbox_sealed_secret';
import * as migration_20261204_074820_enquiry_one_idempotency_record from './20261204_074820_enquiry_one_idempotency_record';
import * as migration_20261204_124037_figure_precision from './20261204_124037_figure_precision';
import * as migration_20261204_124801_news_period from './20261204_124801_news_period';
import * as migration_20261204_131322_site_bureau_and_enquiry_replies from './20261204_131322_site_bureau_and_enquiry_replies';
import * as migration_20261204_145448_translation_state from './20261204_145448_translation_state';
import * as migration_20261204_160035_enquiry_follow_up_and_officer from './20261204_160035_enquiry_follow_up_and_officer';
import * as migration_20261204_174814_reminders_and_working_calendar from './20261204_174814_reminders_and_working_calendar';
import * as migration_20261204_174901_reply_templates from './20261204_174901_reply_templates';
import * as migration_20261204_175000_meeting_slots_and_bookings from './20261204_175000_meeting_slots_and_bookings';
import * as migration_20261204_175324_partner_thread from './20261204_175324_partner_thread';
import * as migration_20261204_205014_open_data_and_rates from './20261204_205014_open_data_and_rates';
import * as migration_20261204_205159_reply_sender_name from './20261204_205159_reply_sender_name';
import * as migration_20261204_205923_living_global from './20261204_205923_living_global';
import * as migration_20261205_005055_localize_status from './20261205_005055_localize_status';
import * as migration_20261205_033037_staff_admin_language from './20261205_033037_staff_admin_language';
import * as migration_20261205_063336_alert_subscribers from './20261205_063336_alert_subscribers';
import * as migration_20261205_074435_global_translation_state from './20261205_074435_global_translation_state';
import * as migration_20261205_130943_search_common_term_indexes from './20261205_130943_search_common_term_indexes';
import * as migration_20261205_154208_search_word_indexes_written_at_once from './20261205_154208_search_word_indexes_written_at_once';
import * as migration_20261205_181202_published_in_locale_lookups from './20261205_181202_published_in_locale_lookups';
import * as migration_20261205_211051_search_word_beginnings from './20261205_211051_search_word_beginnings';

export const migrations = [
  {
    up: migration_20261125_023221_initial.up,
    down: migration_20261125_023221_initial.down,
    name: '20261125_023221_initial',
  },
  {
    up: migration_20261125_032451_talent_policy_industries.up,
    down: migration_20261125_032451_talent_policy_industries.down,
    name: '20261125_032451_talent_policy_industries',
  },
  {
    up: migration_20261125_033400_enquiry_pipeline_outbox.up,
    down: migration_20261125_033400_enquiry_pipeline_outbox.down,
    name: '20261125_033400_enquiry_pipeline_outbox',
  },
  {
    up: migration_20261125_033452_status_per_locale.up,
    down: migration_20261125_033452_status_per_locale.down,
    name: '20261125_033452_status_per_locale',
  },
  {
    up: migration_20261125_033453_search_index.up,
    down: migration_20261125_033453_search_index.down,
    name: '20261125_033453_search_index',
  },
  {
    up: migration_20261125_040000_enquiry_reference_sequence.up,
    down: migration_20261125_040000_enquiry_reference_sequence.down,
    name: '20261125_040000_enquiry_reference_sequence',
  },
  {
    up: migration_20261125_041143_media_storage_fields.up,
    down: migration_20261125_041143_media_storage_fields.down,
    name: '20261125_041143_media_storage_fields',
  },
  {
    up: migration_20261125_045346_outbox_password_reset_kind.up,
    down: migration_20261125_045346_outbox_password_reset_kind.down,
    name: '20261125_045346_outbox_password_reset_kind',
  },
  {
    up: migration_20261125_075344_project_list_index.up,
    down: migration_20261125_075344_project_list_index.down,
    name: '20261125_075344_project_list_index',
  },
  {
    up: migration_20261201_112229_enquiry_intake.up,
    down: migration_20261201_112229_enquiry_intake.down,
    name: '20261201_112229_enquiry_intake',
  },
  {
    up: migration_20261204_041606_outbox_sealed_secret.up,
    down: migration_20261204_041606_outbox_sealed_secret.down,
    name: '20261204_041606_outbox_sealed_secret',
  },
  {
    up: migration_20261204_074820_enquiry_one_idempotency_record.up,
    down: migration_20261204_074820_enquiry_one_idempotency_record.down,
    name: '20261204_074820_enquiry_one_idempotency_record',
  },
  {
    up: migration_20261204_124037_figure_precision.up,
    down: migration_20261204_124037_figure_precision.down,
    name: '20261204_124037_figure_precision',
  },
  {
    up: migration_20261204_124801_news_period.up,
    down: migration_20261204_124801_news_period.down,
    name: '20261204_124801_news_period',
  },
  {
    up: migration_20261204_131322_site_bureau_and_enquiry_replies.up,
    down: migration_20261204_131322_site_bureau_and_enquiry_replies.down,
    name: '20261204_131322_site_bureau_and_enquiry_replies',
  },
  {
    up: migration_20261204_145448_translation_state.up,
    down: migration_20261204_145448_translation_state.down,
    name: '20261204_145448_translation_state',
  },
  {
    up: migration_20261204_160035_enquiry_follow_up_and_officer.up,
    down: migration_20261204_160035_enquiry_follow_up_and_officer.down,
    name: '20261204_160035_enquiry_follow_up_and_officer',
  },
  {
    up: migration_20261204_174814_reminders_and_working_calendar.up,
    down: migration_20261204_174814_reminders_and_working_calendar.down,
    name: '20261204_174814_reminders_and_working_calendar',
  },
  {
    up: migration_20261204_174901_reply_templates.up,
    down: migration_20261204_174901_reply_templates.down,
    name: '20261204_174901_reply_templates',
  },
  {
    up: migration_20261204_175000_meeting_slots_and_bookings.up,
    down: migration_20261204_175000_meeting_slots_and_bookings.down,
    name: '20261204_175000_meeting_slots_and_bookings',
  },
  {
    up: migration_20261204_175324_partner_thread.up,
    down: migration_20261204_175324_partner_thread.down,
    name: '20261204_175324_partner_thread',
  },
  {
    up: migration_20261204_205014_open_data_and_rates.up,
    down: migration_20261204_205014_open_data_and_rates.down,
    name: '20261204_205014_open_data_and_rates',
  },
  {
    up: migration_20261204_205159_reply_sender_name.up,
    down: migration_20261204_205159_reply_sender_name.down,
    name: '20261204_205159_reply_sender_name',
  },
  {
    up: migration_20261204_205923_living_global.up,
    down: migration_20261204_205923_living_global.down,
    name: '20261204_205923_living_global',
  },
  {
    up: migration_20261205_005055_localize_status.up,
    down: migration_20261205_005055_localize_status.down,
    name: '20261205_005055_localize_status',
  },
  {
    up: migration_20261205_033037_staff_admin_language.up,
    down: migration_20261205_033037_staff_admin_language.down,
    name: '20261205_033037_staff_admin_language',
  },
  {
    up: migration_20261205_063336_alert_subscribers.up,
    down: migration_20261205_063336_alert_subscribers.down,
    name: '20261205_063336_alert_subscribers',
  },
  {
    up: migration_20261205_074435_global_translation_state.up,
    down: migration_20261205_074435_global_translation_state.down,
    name: '20261205_074435_global_translation_state',
  },
  {
    up: migration_20261205_130943_search_common_term_indexes.up,
    down: migration_20261205_130943_search_common_term_indexes.down,
    name: '20261205_130943_search_common_term_indexes',
  },
  {
    up: migration_20261205_154208_search_word_indexes_written_at_once.up,
    down: migration_20261205_154208_search_word_indexes_written_at_once.down,
    name: '20261205_154208_search_word_indexes_written_at_once',
  },
  {
    up: migration_20261205_181202_published_in_locale_lookups.up,
    down: migration_20261205_181202_published_in_locale_lookups.down,
    name: '20261205_181202_published_in_locale_lookups',
  },
  {
    up: migration_20261205_211051_search_word_beginnings.up,
    down: migration_20261205_211051_search_word_beginnings.down,
    name: '20261205_211051_search_word_beginnings'
  },
];
