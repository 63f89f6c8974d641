import {
  ALERT_FREQUENCY_LABELS,
  ALERT_SUBSCRIBER_STATUS_LABELS,
  optionLabel,
} from "../../../lib/constants/optionLabels";
import type { Industry } from "../../../payload-types";
import { officerCsvExport } from "../../csvExport";
import { COLLECTION_SLUGS } from "../../slugs";

/** `GET /api/alert-subscribers/export.csv?where…&sort…`: the subscribers as the list is filtered, as the enquiries are exported. */
export const exportSubscribersCsv = officerCsvExport({
  collection: COLLECTION_SLUGS.alertSubscribers,
  filename: "alert-subscribers",
  columns: [
    "email",
    "status",
    "locale",
    "kinds",
    "industries",
    "frequency",
    "confirmedAt",
    "privacyNoticeVersion",
    "createdAt",
  ],
  defaultSort: "-createdAt",
  readInLanguage: true,
  row: (subscriber, language) => [
    subscriber.email,
    optionLabel(ALERT_SUBSCRIBER_STATUS_LABELS, subscriber.status, language),
    subscriber.locale,
    (subscriber.kinds ?? []).join(" "),
    (subscriber.industries ?? [])
      .map((industry) =>
        typeof industry === "object" ? (industry as Industry).title : industry,
      )
      .join(" · "),
    optionLabel(ALERT_FREQUENCY_LABELS, subscriber.frequency, language),
    subscriber.confirmedAt,
    subscriber.privacyNoticeVersion,
    subscriber.createdAt,
  ],
});
