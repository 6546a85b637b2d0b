import type { Metadata } from 'next';
import Link from 'next/link';
import { countEverything } from '@/db/queries/catalogue';
import { loadDatasetJsonLd } from '@/app/_structured-data/load-dataset-json-ld';
import { JsonLd } from '@/components/JsonLd';
import { requestDb } from '@/db/request-database';
import { figureKindLabel, sideLabel } from '@/lib/format/labels';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'About the data',
  description:
    'How Contested Figures is made: what a figure, who says so, a metric and source are, how values, bounds and rates are read, how disagreement is measured, and how to cite and reuse the data.',
  path: '/about',
});

const kindMeanings: Record<keyof typeof figureKindLabel, string> = {
  actual: 'a count or measurement of how things are or were',
  estimate: 'an approximation by someone who says it is one',
  claim: 'an assertion by a party that cannot be checked in the text',
  capacity: 'what could be done (production that could be reached), not what was done',
  projection: 'what is expected to happen',
  target: 'what someone aims to reach',
  demand: 'what one party asks of another',
  proposal: 'a term put forward in negotiation',
};

export default async function AboutPage() {
  const db = await requestDb();
  const [counts, dataset] = await Promise.all([countEverything(db), loadDatasetJsonLd(db)]);
  return (
    <div className="prose">
      <JsonLd data={dataset} />
      <h1>About the data</h1>
      <p className="lede">
        Contested Figures holds every quantitative claim in {counts.sources} archived articles about the
        Russia–Ukraine war and its peace talks: {counts.figures} figures from {counts.claimants} people and
        bodies on {counts.metrics} metrics. Each one can be checked against the sentence it came from.
      </p>

      <h2>What a figure is</h2>
      <p>
        A figure is one number an article asserts about the world, with <strong>who says so</strong> (who
        asserts it: a minister, a general staff, a think tank, an unnamed official, or the article’s author
        when the text attributes it to no one) kept apart from the <strong>outlet</strong> that published it.
        A think tank’s estimate reported by a newspaper is the think tank’s claim. Each figure keeps the
        verbatim sentence it came from, located by its position in the archived text (offsets in Unicode code
        points, as in the W3C Web Annotation TextPositionSelector), and the period it refers to, which is kept
        apart from the publication date.
      </p>
      <p>
        Each of them has a side: {Object.values(sideLabel).join(', ')}. The side is whom they speak for, not a
        judgement of the figure.
      </p>

      <h2>Kinds of figure</h2>
      <dl className="facts">
        {(Object.keys(kindMeanings) as (keyof typeof kindMeanings)[]).flatMap((kind) => [
          <dt key={`${kind}-term`}>{figureKindLabel[kind]}</dt>,
          <dd key={`${kind}-meaning`}>{kindMeanings[kind]}</dd>,
        ])}
      </dl>
      <p>
        Capacity figures, projections, targets, demands and proposals are drawn hollow on the charts and are
        never set against other figures as a disagreement.
      </p>

      <h2>Values, bounds and rates</h2>
      <p>
        The value as stated (“US$20 billion”, “more than 1,500”, “a third”) is kept as written, and read into
        a number in the metric’s base unit (20000000000 US dollars). A loader refuses any figure whose number
        disagrees with its words. A count written without a number is read the same way: “produced no
        ammunition” is 0, “the only enterprise” is 1. Hedges are kept as bounds: <em>exact</em>,{' '}
        <em>approximately</em>, <em>more than</em>, <em>at least</em>, <em>less than</em>, <em>up to</em>, or
        a <em>range</em>. Charts draw an open-ended marker for “more than” and “up to”, and a bar from low to
        high for a range.
      </p>
      <p>
        Rates are drawn per year, with one day count throughout: a year has the days actually in it. A daily
        figure is multiplied by the days of the calendar year its period ends in (365, or 366 in a leap year
        such as 2024), a weekly one by those days divided by 7 and a monthly one by 12, and every converted
        figure shows the sum (“1,500 people a day × 365 = 547,500 people a year”). The cross-checks count days
        the same way: 430,790 over 2024 is divided by its 366 days. Currencies are never converted.
      </p>

      <h2>How disagreement is measured</h2>
      <p>
        A metric is one quantity figures can be compared on; figures measuring the same thing share a metric
        and one chart. Two figures are set against each other as a disagreement only when they come from{' '}
        <em>different</em> sources (one source’s figures for different dates are a change over time), both are
        measurements (actual, estimate or claim: not capacity, a projection, a target, a demand or a
        proposal), and they refer to overlapping periods. A rate and a total, such as a daily rate and a
        yearly total, meet per year only when the rate’s period covers the total’s: “more than 1,500 a day” at
        publication in January 2025 says nothing against the total for 2024. Every other figure is still
        drawn, in bands by period, and the page says why it is not compared.
      </p>
      <p>
        The spread is the widest ratio between two figures that may be set against each other: the larger over
        the smaller. A range counts as its midpoint. Figures within 5% of each other count as agreeing. When
        the larger figure is only a lower bound (“more than”), the spread is written “at least”. “Most
        contested” on the home page ranks the widest such spreads, leaving out any pair that meets only after
        converting a rate; when no pair differs, it says so.
      </p>
      <p>
        Where the articles’ own figures can be checked against each other by arithmetic (a daily rate against
        an annual total, a share against an area and a total, a sum of parts against its whole, what is held
        now against what was held before), the cross-check is shown on the metric page with its formula,
        inputs, result and tolerance. A check says what it expects: that the two sides are equal within a
        tolerance, or that a part is at most its whole. Bounds are kept: “more than 1,500 a day” against a
        2024 average of 1,177 is “at least 27% above” it, and when bounds allow either answer the check says
        so. A mismatch is reported as it is; the explanation says what it may mean.
      </p>

      <h2>What is checked for, and what is not</h2>
      <p>
        A program reads every article for quantities: numbers in digits or words (with fractions, percentages
        and ranks), and quantities written without a number — relative time (“last week”, “a year ago”), zero
        or none (“no”, “none”, “nothing”), uniqueness (“the only”), frequency (“daily”, “every week”) and
        vague counts (“several”, “dozens”). Each one it finds is either a figure or listed with the reason it
        is not one: a date, part of a name, a rhetorical use, a restatement, unit conversion or period of
        another figure, a position in a sequence, a personal detail, not a quantity, or too vague to check. A
        claim we have found but not yet recorded is shown as such. Each{' '}
        <Link href="/sources">source page</Link> shows this tally, every mention in context, and the full
        archived text.
      </p>
      <p>
        The program does not see quantities written in other ways, such as “recently”, “most”, “both”, “never”
        or “Europe’s largest”, so those rest on the editors’ reading alone.
      </p>

      <h2>Sources and their metadata</h2>
      <p>
        The articles are archived byte for byte, with their SHA-256 checksums. Title, outlet, author, date and
        URL are recorded only when the text states them or they can be inferred from it, and every inferred
        value says from what. Nothing is invented: an unknown outlet or date is shown as unknown.
      </p>

      <h2>Reuse and citation</h2>
      <p>
        Every view can be downloaded: <a href="/figures.csv">all figures as CSV</a>,{' '}
        <a href="/figures.json">as JSON</a>, any filtered view of <Link href="/figures">all figures</Link>,
        each chart’s data, and each chart as PNG or SVG. The <a href="/datapackage.json">data package</a>{' '}
        describes every column. Every CSV row carries its provenance: claimant, outlet, article, checksum,
        quote and offsets.
      </p>
      <p>
        The compilation is licensed{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
          Creative Commons Attribution 4.0
        </a>
        ; the quotes remain their publishers’. Cite a single figure by its permalink, given under “Cite this
        figure” on each figure page.
      </p>
    </div>
  );
}
