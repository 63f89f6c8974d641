import {
  ENQUIRY_STATUS_LABELS,
  ENQUIRY_TYPE_LABELS,
  optionLabel,
} from "../../../lib/constants/optionLabels";
import type { User } from "../../../payload-types";
import { officerCsvExport } from "../../csvExport";
import { COLLECTION_SLUGS } from "../../slugs";

const COLUMNS = [
  "reference",
  "status",
  "type",
  "name",
  "organisation",
  "email",
  "phone",
  "country",
  "locale",
  "assignee",
  "dueAt",
  "firstRespondedAt",
  "createdAt",
  "message",
] as const;

/** `GET /api/enquiries/export.csv?where…&sort…`: the enquiries list as the officer filtered it, as CSV. */
export const exportCsv = officerCsvExport({
  collection: COLLECTION_SLUGS.enquiries,
  filename: "enquiries",
  columns: COLUMNS,
  defaultSort: "dueAt",
  row: (enquiry, language) => [
    enquiry.reference,
    optionLabel(ENQUIRY_STATUS_LABELS, enquiry.status, language),
    optionLabel(ENQUIRY_TYPE_LABELS, enquiry.type, language),
    enquiry.name,
    enquiry.organisation,
    enquiry.email,
    enquiry.phone,
    enquiry.country,
    enquiry.locale,
    typeof enquiry.assignee === "object" && enquiry.assignee
      ? (enquiry.assignee as User).email
      : enquiry.assignee,
    enquiry.dueAt,
    enquiry.firstRespondedAt,
    enquiry.createdAt,
    enquiry.message,
  ],
});
