import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Endpoint,
  Where,
} from "payload";

import { hasRole } from "../access/roles";
import { toCsv } from "../lib/csv";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../lib/i18n/locales";

/**
 * `GET /api/<collection>/export.csv?where…&sort…`: the list as the officer filtered it, as CSV. Only officers
 * and admins, read with their own access (`overrideAccess: false`); nothing is stored on the server. Option
 * labels are written in the officer's admin language.
 */
export function officerCsvExport<Slug extends CollectionSlug>(args: {
  collection: Slug;
  /** The file's name before its date: `enquiries` gives `enquiries-2026-12-05.csv`. */
  filename: string;
  columns: readonly string[];
  defaultSort: string;
  /** Read in the officer's language too, for localized fields. */
  readInLanguage?: boolean;
  row: (doc: DataFromCollectionSlug<Slug>, language: Locale) => unknown[];
}): Endpoint {
  return {
    path: "/export.csv",
    method: "get",
    handler: async (req) => {
      if (!(hasRole(req.user, "admin") || hasRole(req.user, "officer"))) {
        return Response.json(
          { message: req.t("error:unauthorized") },
          { status: 403 },
        );
      }
      const language = isLocale(req.i18n?.language)
        ? req.i18n.language
        : DEFAULT_LOCALE;
      const { docs } = await req.payload.find({
        collection: args.collection,
        where: (req.query?.where ?? {}) as Where,
        sort:
          typeof req.query?.sort === "string"
            ? req.query.sort
            : args.defaultSort,
        user: req.user,
        overrideAccess: false,
        depth: 1,
        ...(args.readInLanguage ? { locale: language } : {}),
        pagination: false,
        req,
      });
      const rows = docs.map((doc) =>
        args.row(doc as DataFromCollectionSlug<Slug>, language),
      );
      return new Response(toCsv([[...args.columns], ...rows]), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${args.filename}-${new Date().toISOString().slice(0, 10)}.csv"`,
          "cache-control": "no-store",
        },
      });
    },
  };
}
