//! WhatsApp's space rule and what the checker finds for the user's numbers.
//!
//! WhatsApp's help center asks for at least 2.05 times the backup's size to
//! be free, both in iCloud and on the iPhone, before a backup can run.
//! Everything here is facts: the page words them (`CheckerWords`).

use crate::guide::Numbers;
use crate::size::{parse_size, split_used_of_total, Bytes, ParsedSize, SizeError, GB, TB};

/// The rule's factor with its decimals, kept exact: 205 hundredths, 2.05.
pub const RULE_FACTOR: (u128, u32) = (205, 2);
const RULE_NUMERATOR: u128 = RULE_FACTOR.0;
const RULE_DENOMINATOR: u128 = 10u128.pow(RULE_FACTOR.1);

/// iCloud+ plan sizes, smallest first. Prices differ by country, so the
/// page names the size only.
pub const ICLOUD_PLANS: [Bytes; 5] =
    [Bytes(50 * GB), Bytes(200 * GB), Bytes(2 * TB), Bytes(6 * TB), Bytes(12 * TB)];

/// Free space WhatsApp wants for a backup of this size, rounded up to a byte.
pub fn space_needed(backup: Bytes) -> Bytes {
    let needed = (u128::from(backup.0) * RULE_NUMERATOR).div_ceil(RULE_DENOMINATOR);
    // The backup is at most MAX_SIZE, so this always fits; saturate anyway.
    Bytes(u64::try_from(needed).unwrap_or(u64::MAX))
}

/// One place a backup needs room in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    ICloud,
    IPhone,
}

/// The answer for one place, once all its numbers are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub used: Bytes,
    pub free: Bytes,
    pub needed: Bytes,
    /// How much more must be freed; zero when there is enough.
    pub missing: Bytes,
    /// For iCloud when space is missing: the smallest iCloud+ plan larger
    /// than the current one that would leave enough free.
    pub plan: Option<Bytes>,
}

impl Verdict {
    pub fn check(place: Place, backup: Bytes, used: Bytes, total: Bytes) -> Verdict {
        let needed = space_needed(backup);
        let free = total.saturating_sub(used);
        let missing = needed.saturating_sub(free);
        let plan = match place {
            Place::ICloud if missing > Bytes(0) => smallest_plan_that_fits(used, total, needed),
            _ => None,
        };
        Verdict { used, free, needed, missing, plan }
    }

    pub fn is_enough(&self) -> bool {
        self.missing == Bytes(0)
    }

    /// The storage bar for this answer (see [`Bar`]).
    pub fn bar(&self) -> Bar {
        let total = u128::from(self.used.0) + u128::from(self.free.0);
        let need_end = u128::from(self.used.0) + u128::from(self.needed.0);
        let width = total.max(need_end).max(1);
        let at = |bytes: u128| u16::try_from((bytes * 1000 + width / 2) / width).unwrap_or(1000);
        Bar { used_end: at(self.used.0.into()), total_end: at(total), need_end: at(need_end) }
    }
}

/// A place's storage bar as iOS draws it, what is used from the left, with
/// what the backup needs marked after it: where each part ends, in
/// thousandths of the bar's width. The bar is as wide as the place's total,
/// or as what is used plus what the backup needs where that is more, so a
/// backup that does not fit runs past the total's end, where it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    pub used_end: u16,
    /// The end of the place's total: free space is from `used_end` to here.
    pub total_end: u16,
    /// The end of what the backup needs, drawn after what is used.
    pub need_end: u16,
}

impl Bar {
    pub const WIDTH: u16 = 1000;

    /// Where a part starts and ends; a part the answer does not have (what
    /// is missing when the backup fits) starts where it ends.
    pub fn span(&self, part: BarPart) -> (u16, u16) {
        let fits_end = self.need_end.min(self.total_end);
        match part {
            BarPart::Used => (0, self.used_end),
            BarPart::Needed => (self.used_end, fits_end),
            BarPart::Missing => (self.total_end, self.need_end.max(self.total_end)),
            BarPart::Left => (fits_end, self.total_end),
        }
    }
}

/// One part of a [`Bar`]: what is used, the need that fits, the need that
/// does not, and what is left free after the backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarPart {
    Used,
    Needed,
    Missing,
    Left,
}

impl BarPart {
    pub const ALL: [BarPart; 4] = [BarPart::Used, BarPart::Needed, BarPart::Missing, BarPart::Left];
}

/// The smallest plan, larger than what the user has now, that leaves
/// `needed` free with `used` already taken. None when even the largest won't.
pub fn smallest_plan_that_fits(used: Bytes, current_total: Bytes, needed: Bytes) -> Option<Bytes> {
    ICLOUD_PLANS.into_iter().find(|&plan| plan > current_total && plan.saturating_sub(used) >= needed)
}

/// What the user typed into the checker, kept as typed so that it can be
/// saved and shown again exactly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckerInputs {
    pub backup: String,
    pub icloud_used: String,
    pub icloud_total: String,
    pub iphone_used: String,
    pub iphone_capacity: String,
}

/// One of the checker's five fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Backup,
    ICloudUsed,
    ICloudTotal,
    IPhoneUsed,
    IPhoneCapacity,
}

impl Field {
    pub const ALL: [Field; 5] =
        [Field::Backup, Field::ICloudUsed, Field::ICloudTotal, Field::IPhoneUsed, Field::IPhoneCapacity];

    /// The id of the field's input in the page (and in the benchmark's plain
    /// page, which has the same fields).
    pub fn input_id(self) -> &'static str {
        match self {
            Field::Backup => "backup-size",
            Field::ICloudUsed => "icloud-used",
            Field::ICloudTotal => "icloud-total",
            Field::IPhoneUsed => "iphone-used",
            Field::IPhoneCapacity => "iphone-capacity",
        }
    }

    /// This field's one of `items`, given one for each field in the order
    /// of [`Field::ALL`]: the one place a field is matched to its data.
    pub fn pick<T>(self, items: [T; 5]) -> T {
        let [backup, icloud_used, icloud_total, iphone_used, iphone_capacity] = items;
        match self {
            Field::Backup => backup,
            Field::ICloudUsed => icloud_used,
            Field::ICloudTotal => icloud_total,
            Field::IPhoneUsed => iphone_used,
            Field::IPhoneCapacity => iphone_capacity,
        }
    }

    /// The paired total of a "used" field, which a pasted "X of Y used" fills.
    pub fn total_of(self) -> Option<Field> {
        match self {
            Field::ICloudUsed => Some(Field::ICloudTotal),
            Field::IPhoneUsed => Some(Field::IPhoneCapacity),
            _ => None,
        }
    }
}

impl CheckerInputs {
    /// Nothing typed in any field.
    pub fn is_empty(&self) -> bool {
        *self == CheckerInputs::default()
    }

    pub fn get(&self, field: Field) -> &str {
        field.pick([
            &self.backup,
            &self.icloud_used,
            &self.icloud_total,
            &self.iphone_used,
            &self.iphone_capacity,
        ])
    }

    pub fn get_mut(&mut self, field: Field) -> &mut String {
        let Self { backup, icloud_used, icloud_total, iphone_used, iphone_capacity } = self;
        field.pick([backup, icloud_used, icloud_total, iphone_used, iphone_capacity])
    }

    /// Stores what the user typed in `field`. A pasted "37.3 GB of 50 GB
    /// used" in a "used" field fills that field and its total.
    pub fn set(&mut self, field: Field, text: &str, numbers: &Numbers) {
        // A line is split once it is whole: when it arrives at once (pasted,
        // dictated, filled in), or when the field is left with it in (its
        // text given again). Typed letter by letter, it would otherwise be
        // split at "3.1 GB of 5 GB u", and "sed" land in the wrong field.
        let before = self.get(field);
        let whole = text == before || text.chars().count() > before.chars().count() + 1;
        let line = whole.then(|| split_used_of_total(text)).flatten();
        if let (Some(total), Some((used, of))) = (field.total_of(), line) {
            let reads = |size: &str| matches!(parse_size(&numbers.normalized(size)), Ok(Some(_)));
            if reads(used) && reads(of) {
                *self.get_mut(field) = used.to_owned();
                *self.get_mut(total) = of.to_owned();
                return;
            }
        }
        *self.get_mut(field) = text.to_owned();
    }
}

/// What the checker found in one field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldReading {
    pub value: Option<Bytes>,
    /// A problem to show next to the field.
    pub problem: Option<FieldProblem>,
    /// A gentle note, such as which unit a bare number was read in.
    pub note: Option<FieldNote>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    /// The text is not a size.
    Invalid(SizeError),
    /// A "used" size larger than its total: the two are likely swapped.
    MoreThanTotal { total_field: Field, total: Bytes },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldNote {
    /// A bare number, read as this many GB.
    UnitAssumed(Bytes),
}

/// The checker's whole answer for the current inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub fields: [FieldReading; 5],
    pub icloud: Option<Verdict>,
    pub iphone: Option<Verdict>,
}

impl Assessment {
    pub fn field(&self, field: Field) -> &FieldReading {
        &self.fields[field as usize]
    }
}

/// Reads every field and, for each place whose three numbers are all valid,
/// checks the rule.
pub fn assess(inputs: &CheckerInputs, numbers: &Numbers) -> Assessment {
    let mut fields = Field::ALL.map(|field| read_field(&numbers.normalized(inputs.get(field))));
    let mut verdict = |place, used: Field, total: Field| {
        // A place is answered only when its three numbers are all valid.
        let backup = fields[Field::Backup as usize].value?;
        let (used_bytes, total_bytes) = (fields[used as usize].value?, fields[total as usize].value?);
        if used_bytes > total_bytes {
            let reading = &mut fields[used as usize];
            reading.problem = Some(FieldProblem::MoreThanTotal { total_field: total, total: total_bytes });
            reading.note = None;
            return None;
        }
        Some(Verdict::check(place, backup, used_bytes, total_bytes))
    };
    let icloud = verdict(Place::ICloud, Field::ICloudUsed, Field::ICloudTotal);
    let iphone = verdict(Place::IPhone, Field::IPhoneUsed, Field::IPhoneCapacity);
    Assessment { fields, icloud, iphone }
}

fn read_field(text: &str) -> FieldReading {
    match parse_size(text) {
        Ok(None) => FieldReading::default(),
        Ok(Some(ParsedSize { bytes, unit_assumed })) => FieldReading {
            value: Some(bytes),
            problem: None,
            note: unit_assumed.then_some(FieldNote::UnitAssumed(bytes)),
        },
        Err(error) => FieldReading { value: None, problem: Some(FieldProblem::Invalid(error)), note: None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::english;

    fn gb(tenths: u64) -> Bytes {
        Bytes(tenths * GB / 10)
    }

    #[test]
    fn the_bar_is_the_total_wide_when_the_backup_fits_and_wider_when_it_does_not() {
        // 20 GB of 64 GB used, a 1 GB backup needing 2.05 GB: it fits.
        let fits = Verdict::check(Place::IPhone, gb(10), gb(200), gb(640)).bar();
        assert_eq!(fits, Bar { used_end: 313, total_end: 1000, need_end: 345 });
        let widths = |bar: Bar| {
            BarPart::ALL.map(|part| {
                let (start, end) = bar.span(part);
                (part, end - start)
            })
        };
        assert_eq!(
            widths(fits),
            [(BarPart::Used, 313), (BarPart::Needed, 32), (BarPart::Missing, 0), (BarPart::Left, 655)]
        );
        // 3.1 GB of 5 GB used, a 1.2 GB backup needing 2.46 GB: 0.56 GB short,
        // so the bar is 5.56 GB wide and the total ends short of it.
        let short = Verdict::check(Place::ICloud, gb(12), gb(31), gb(50)).bar();
        assert_eq!(short, Bar { used_end: 558, total_end: 899, need_end: 1000 });
        assert_eq!(
            widths(short),
            [(BarPart::Used, 558), (BarPart::Needed, 341), (BarPart::Missing, 101), (BarPart::Left, 0)]
        );
        // Every part is inside the bar, and together they fill it.
        for bar in [fits, short, Verdict::check(Place::IPhone, Bytes(0), Bytes(0), Bytes(0)).bar()] {
            let spans = BarPart::ALL.map(|part| bar.span(part));
            assert!(spans.iter().all(|&(start, end)| start <= end && end <= Bar::WIDTH), "{bar:?}");
            let filled: u16 = spans.iter().map(|(start, end)| end - start).sum();
            assert!(filled == Bar::WIDTH || bar.total_end == 0, "{bar:?}");
        }
        let largest = Verdict::check(Place::ICloud, gb(1_000_000), gb(999_990), gb(1_000_000)).bar();
        assert_eq!((largest.total_end, largest.need_end), (328, Bar::WIDTH));
    }

    #[test]
    fn the_rule_is_two_point_oh_five_times_rounded_up() {
        assert_eq!(space_needed(Bytes(1_200_000_000)), Bytes(2_460_000_000));
        assert_eq!(space_needed(Bytes(100)), Bytes(205));
        assert_eq!(space_needed(Bytes(1)), Bytes(3));
        assert_eq!(space_needed(Bytes(0)), Bytes(0));
    }

    #[test]
    fn enough_exactly_at_the_boundary_and_not_a_byte_below() {
        let backup = Bytes(1_000_000_000);
        let exact = Verdict::check(Place::IPhone, backup, Bytes(0), Bytes(2_050_000_000));
        assert!(exact.is_enough());
        assert_eq!(exact.missing, Bytes(0));
        let short = Verdict::check(Place::IPhone, backup, Bytes(1), Bytes(2_050_000_000));
        assert!(!short.is_enough());
        assert_eq!(short.missing, Bytes(1));
    }

    #[test]
    fn the_worked_example() {
        // Backup 1.2 GB, iCloud 3.1 GB of 5 GB used: 1.9 GB free, 2.46 GB
        // needed, short by 0.56 GB; the 50 GB plan fits.
        let verdict = Verdict::check(Place::ICloud, gb(12), gb(31), gb(50));
        assert_eq!(verdict.free, gb(19));
        assert_eq!(verdict.needed, Bytes(2_460_000_000));
        assert_eq!(verdict.missing, Bytes(560_000_000));
        assert_eq!(verdict.plan, Some(Bytes(50 * GB)));
    }

    #[test]
    fn plans_are_suggested_for_icloud_only_and_only_when_short() {
        let iphone = Verdict::check(Place::IPhone, gb(12), gb(31), gb(50));
        assert_eq!(iphone.plan, None);
        let enough = Verdict::check(Place::ICloud, gb(10), gb(10), gb(500));
        assert_eq!(enough.plan, None);
    }

    #[test]
    fn the_plan_is_larger_than_the_current_one_and_leaves_enough() {
        let plan = |used, total, needed| smallest_plan_that_fits(Bytes(used), Bytes(total), Bytes(needed));
        // On 50 GB with 49 GB used and 3 GB needed: 200 GB.
        assert_eq!(plan(49 * GB, 50 * GB, 3 * GB), Some(Bytes(200 * GB)));
        // 190 GB used and 20 GB needed: 200 GB would leave only 10 GB.
        assert_eq!(plan(190 * GB, 5 * GB, 20 * GB), Some(Bytes(2 * TB)));
        // Nothing is larger than the largest plan.
        assert_eq!(plan(11 * TB, 12 * TB, 2 * TB), None);
        assert_eq!(plan(GB, 5 * GB, 13 * TB), None);
        // The largest plans: 5 TB used and 500 GB needed takes 6 TB; 6 TB more takes 12 TB.
        assert_eq!(plan(5 * TB, 2 * TB, 500 * GB), Some(Bytes(6 * TB)));
        assert_eq!(plan(5 * TB, 6 * TB, 6 * TB), Some(Bytes(12 * TB)));
        // Never the plan the user has now, even where it would leave enough.
        assert_eq!(plan(10 * GB, 50 * GB, 5 * GB), Some(Bytes(200 * GB)));
    }

    #[test]
    fn each_field_has_its_own_input_id() {
        let ids: std::collections::BTreeSet<_> = Field::ALL.iter().map(|field| field.input_id()).collect();
        assert_eq!(ids.len(), Field::ALL.len());
        assert!(ids.iter().all(|id| !id.is_empty() && !id.contains(' ')), "{ids:?}");
    }

    #[test]
    fn assess_answers_each_place_once_its_numbers_are_in() {
        let mut inputs =
            CheckerInputs { backup: "1.2 GB".into(), icloud_used: "3.1 GB".into(), ..Default::default() };
        let assessment = assess(&inputs, &english().numbers);
        assert_eq!(assessment.icloud, None);
        inputs.icloud_total = "5 GB".into();
        inputs.iphone_used = "20 GB".into();
        inputs.iphone_capacity = "64 GB".into();
        let assessment = assess(&inputs, &english().numbers);
        let icloud = assessment.icloud.expect("iCloud is answered");
        assert_eq!(icloud.missing, Bytes(560_000_000));
        assert!(assessment.iphone.expect("iPhone is answered").is_enough());
        assert!(assessment.fields.iter().all(|f| f.problem.is_none()));
    }

    #[test]
    fn used_more_than_total_is_an_error_on_the_used_field() {
        let inputs = CheckerInputs {
            backup: "1 GB".into(),
            iphone_used: "70 GB".into(),
            iphone_capacity: "64 GB".into(),
            ..Default::default()
        };
        let assessment = assess(&inputs, &english().numbers);
        assert_eq!(assessment.iphone, None);
        assert_eq!(
            assessment.field(Field::IPhoneUsed).problem,
            Some(FieldProblem::MoreThanTotal { total_field: Field::IPhoneCapacity, total: Bytes(64 * GB) })
        );
    }

    #[test]
    fn bad_input_gets_a_message_on_its_own_field() {
        let inputs =
            CheckerInputs { backup: "lots".into(), icloud_total: "-5 GB".into(), ..Default::default() };
        let assessment = assess(&inputs, &english().numbers);
        assert_eq!(
            assessment.field(Field::Backup).problem,
            Some(FieldProblem::Invalid(SizeError::NotANumber))
        );
        assert_eq!(
            assessment.field(Field::ICloudTotal).problem,
            Some(FieldProblem::Invalid(SizeError::Negative))
        );
        assert_eq!(assessment.field(Field::ICloudUsed).problem, None);
    }

    #[test]
    fn a_bare_number_gets_a_note_saying_how_it_was_read() {
        let inputs = CheckerInputs { backup: "4".into(), ..Default::default() };
        assert_eq!(
            assess(&inputs, &english().numbers).field(Field::Backup).note,
            Some(FieldNote::UnitAssumed(Bytes(4 * GB)))
        );
    }

    #[test]
    fn a_pasted_storage_line_fills_used_and_total() {
        let mut inputs = CheckerInputs::default();
        inputs.set(Field::ICloudUsed, "37.3 GB of 50 GB used", &english().numbers);
        assert_eq!((inputs.icloud_used.as_str(), inputs.icloud_total.as_str()), ("37.3 GB", "50 GB"));
        inputs.set(Field::IPhoneUsed, "20 GB of 128 GB used", &english().numbers);
        assert_eq!((inputs.iphone_used.as_str(), inputs.iphone_capacity.as_str()), ("20 GB", "128 GB"));
        // In a field with no partner, or when a side is not a size, it stays as typed.
        inputs.set(Field::Backup, "1 GB of 2 GB", &english().numbers);
        assert_eq!(inputs.backup, "1 GB of 2 GB");
        inputs.set(Field::ICloudUsed, "most of it", &english().numbers);
        assert_eq!((inputs.icloud_used.as_str(), inputs.icloud_total.as_str()), ("most of it", "50 GB"));
        // Both sides must be sizes: one that is not leaves the line whole, for its field's message.
        for line in ["3.1 GB of 5 XB used", "3.1 XB of 5 GB used"] {
            inputs.set(Field::ICloudUsed, line, &english().numbers);
            assert_eq!((inputs.icloud_used.as_str(), inputs.icloud_total.as_str()), (line, "50 GB"));
        }
    }

    #[test]
    fn a_storage_line_typed_letter_by_letter_is_split_when_the_field_is_left() {
        let mut inputs = CheckerInputs::default();
        for letter in "3.1 GB of 5 GB used".chars() {
            let typed = format!("{}{letter}", inputs.get(Field::ICloudUsed));
            inputs.set(Field::ICloudUsed, &typed, &english().numbers);
        }
        assert_eq!(inputs.get(Field::ICloudUsed), "3.1 GB of 5 GB used");
        assert_eq!(inputs.get(Field::ICloudTotal), "");
        // Leaving the field gives its text again: now the line is whole.
        inputs.set(Field::ICloudUsed, "3.1 GB of 5 GB used", &english().numbers);
        assert_eq!((inputs.get(Field::ICloudUsed), inputs.get(Field::ICloudTotal)), ("3.1 GB", "5 GB"));
    }
}
