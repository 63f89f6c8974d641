import {
  Document,
  Link,
  Page,
  Path,
  StyleSheet,
  Svg,
  Text,
  View,
} from "@react-pdf/renderer";
import QRCode from "qrcode";

import { LOCALE_FONTS } from "./fonts";
import type { FactSheet, FactSheetItem, FactSheetLine } from "./model";

const SEA = "#0b3a5b";
const MUTED = "#4b5563";
const LINE = "#d6dde4";

const styles = StyleSheet.create({
  page: {
    paddingTop: 36,
    paddingBottom: 40,
    paddingHorizontal: 40,
    fontSize: 9.5,
    color: "#111827",
  },
  // On the content, not the page: react-pdf (4.9, layout 5.2) drops a page-number text (a `render` prop) whose page sets a line height.
  body: { lineHeight: 1.45 },
  bureau: { fontSize: 9, fontWeight: 700, color: SEA, letterSpacing: 0.3 },
  band: {
    borderBottomWidth: 2,
    borderBottomColor: SEA,
    paddingBottom: 8,
    marginBottom: 14,
    flexDirection: "row",
    justifyContent: "space-between",
  },
  asOf: { fontSize: 8.5, color: MUTED },
  heading: {
    fontSize: 18,
    lineHeight: 1.3,
    fontWeight: 700,
    color: SEA,
    marginBottom: 6,
  },
  notice: { fontSize: 8.5, color: MUTED, marginBottom: 10 },
  item: { marginBottom: 14 },
  kicker: { fontSize: 8.5, color: MUTED, marginBottom: 2 },
  title: { fontSize: 17, lineHeight: 1.3, fontWeight: 700, color: SEA },
  summary: { marginTop: 4, color: "#1f2937" },
  itemUrl: { marginTop: 3, fontSize: 8, color: MUTED, textDecoration: "none" },
  sectionTitle: {
    fontSize: 11,
    lineHeight: 1.4,
    fontWeight: 700,
    color: SEA,
    marginTop: 10,
    marginBottom: 4,
  },
  row: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderBottomColor: LINE,
    paddingVertical: 3,
  },
  label: { width: "34%", color: MUTED, paddingRight: 8 },
  value: { width: "66%" },
  note: { fontSize: 8, color: MUTED },
  figures: { flexDirection: "row", flexWrap: "wrap", marginHorizontal: -4 },
  figure: { width: "33.33%", padding: 4 },
  figureBox: {
    borderWidth: 0.5,
    borderColor: LINE,
    borderRadius: 3,
    padding: 6,
    minHeight: 58,
  },
  figureValue: { fontSize: 12, lineHeight: 1.35, fontWeight: 700, color: SEA },
  relatedItem: { marginBottom: 1 },
  closing: {
    marginTop: 12,
    flexDirection: "row",
    borderTopWidth: 0.5,
    borderTopColor: LINE,
    paddingTop: 10,
  },
  contact: { flexGrow: 1, flexBasis: 0, paddingRight: 16 },
  qr: { width: 110, alignItems: "center" },
  qrLabel: { fontSize: 7.5, color: MUTED, textAlign: "center", marginTop: 4 },
  url: { fontSize: 8, color: SEA, marginTop: 8, textDecoration: "none" },
  pageNumber: {
    position: "absolute",
    bottom: 18,
    left: 40,
    right: 40,
    fontSize: 7.5,
    color: MUTED,
    textAlign: "right",
  },
});

/** The QR code of `url` as vector squares: sharp at any zoom and in print. */
function QrCode({ url, size }: { url: string; size: number }) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const count = modules.size;
  const quiet = 2;
  let d = "";
  for (let y = 0; y < count; y += 1)
    for (let x = 0; x < count; x += 1)
      if (modules.get(y, x)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  return (
    <Svg
      width={size}
      height={size}
      viewBox={`0 0 ${count + quiet * 2} ${count + quiet * 2}`}
    >
      <Path d={d} fill="#000000" />
    </Svg>
  );
}

function Lines({ lines }: { lines: FactSheetLine[] }) {
  return (
    <View>
      {lines.map((line, index) => (
        <View key={index} style={styles.row} wrap={false}>
          <Text style={styles.label}>{line.label}</Text>
          <View style={styles.value}>
            <Text>{line.value}</Text>
            {line.note ? <Text style={styles.note}>{line.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

function Item({
  item,
  sheet,
  showUrl,
}: {
  item: FactSheetItem;
  sheet: FactSheet;
  showUrl: boolean;
}) {
  return (
    <View style={styles.item}>
      <View wrap={false}>
        <Text style={styles.kicker}>{item.kicker}</Text>
        <Text style={styles.title}>{item.title}</Text>
        {item.summary ? (
          <Text style={styles.summary}>{item.summary}</Text>
        ) : null}
        {showUrl ? (
          <Link src={item.url} style={styles.itemUrl}>
            {item.url}
          </Link>
        ) : null}
      </View>
      {item.facts.length > 0 ? (
        <>
          <Text style={styles.sectionTitle} minPresenceAhead={40}>
            {sheet.labels.facts}
          </Text>
          <Lines lines={item.facts} />
        </>
      ) : null}
      {item.figures.length > 0 ? (
        <>
          <Text style={styles.sectionTitle} minPresenceAhead={60}>
            {sheet.labels.keyFigures}
          </Text>
          <View style={styles.figures}>
            {item.figures.map((figure, index) => (
              <View key={index} style={styles.figure} wrap={false}>
                <View style={styles.figureBox}>
                  <Text style={styles.figureValue}>{figure.value}</Text>
                  <Text>{figure.label}</Text>
                  {figure.note ? (
                    <Text style={styles.note}>{figure.note}</Text>
                  ) : null}
                </View>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}

/** An A4 fact sheet: what ./model.ts describes, set in the locale's fonts, with the page's address and its QR code. */
export function FactSheetDocument({ sheet }: { sheet: FactSheet }) {
  const isComparison = sheet.items.length > 1 || Boolean(sheet.heading);
  const title = sheet.heading ?? sheet.items[0]?.title ?? "";
  return (
    <Document
      title={title}
      author={sheet.bureauName}
      creator={sheet.bureauName}
      producer={sheet.bureauName}
      language={sheet.locale}
    >
      <Page
        size="A4"
        style={{ ...styles.page, fontFamily: LOCALE_FONTS[sheet.locale] }}
      >
        <View style={styles.body}>
          <View style={styles.band} fixed>
            <Text style={styles.bureau}>{sheet.bureauName}</Text>
            <Text style={styles.asOf}>{sheet.asOf}</Text>
          </View>
          {sheet.heading ? (
            <Text style={styles.heading}>{sheet.heading}</Text>
          ) : null}
          {sheet.notice ? (
            <Text style={styles.notice}>{sheet.notice}</Text>
          ) : null}
          {sheet.items.map((item, index) => (
            <Item
              key={index}
              item={item}
              sheet={sheet}
              showUrl={isComparison}
            />
          ))}
          {sheet.related.length > 0 ? (
            <View>
              <Text style={styles.sectionTitle} minPresenceAhead={40}>
                {sheet.labels.related}
              </Text>
              {sheet.related.map((group, index) => (
                <View key={index} wrap={false} style={{ marginBottom: 4 }}>
                  <Text style={{ fontWeight: 700 }}>{group.title}</Text>
                  {group.items.map((title, itemIndex) => (
                    <Text key={itemIndex} style={styles.relatedItem}>
                      · {title}
                    </Text>
                  ))}
                </View>
              ))}
            </View>
          ) : null}
          <View style={styles.closing} wrap={false}>
            <View style={styles.contact}>
              {sheet.contact ? (
                <>
                  <Text style={{ ...styles.sectionTitle, marginTop: 0 }}>
                    {sheet.contact.title}
                  </Text>
                  <Lines lines={sheet.contact.lines} />
                </>
              ) : null}
              <Link src={sheet.url} style={styles.url}>
                {sheet.url}
              </Link>
            </View>
            <View style={styles.qr}>
              <QrCode url={sheet.url} size={84} />
              <Text style={styles.qrLabel}>{sheet.urlLabel}</Text>
            </View>
          </View>
        </View>
        <Text
          style={styles.pageNumber}
          render={({ pageNumber, totalPages }) =>
            sheet.pageNumber(pageNumber, totalPages)
          }
          fixed
        />
      </Page>
    </Document>
  );
}
