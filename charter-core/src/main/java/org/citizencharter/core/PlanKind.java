package org.citizencharter.core;

/**
 * The kind of a performance plan: the APA main plan or one of its governance sub-plans.
 */
public enum PlanKind {
    /** The Citizen's Charter plan: সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা. */
    CITIZEN_CHARTER("সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা", "Citizen's Charter action plan"),
    /** The grievance redress plan: অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা. */
    GRS("অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা", "Grievance redress action plan"),
    /** The national integrity strategy plan: জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা. */
    NIS("জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা", "National integrity strategy action plan"),
    /** The right to information plan: তথ্য অধিকার কর্মপরিকল্পনা. */
    RTI("তথ্য অধিকার কর্মপরিকল্পনা", "Right to information action plan"),
    /** The e-governance and innovation plan: ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা. */
    EGOV("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা", "E-governance and innovation action plan"),
    /** The Annual Performance Agreement's main plan: বার্ষিক কর্মসম্পাদন চুক্তি. */
    APA("বার্ষিক কর্মসম্পাদন চুক্তি", "Annual Performance Agreement"),
    /** Any other plan in the same template. */
    OTHER("অন্যান্য কর্মপরিকল্পনা", "Other action plan");

    private final BilingualText title;

    PlanKind(String bn, String en) {
        this.title = BilingualText.of(bn, en);
    }

    /**
     * The plan's title in Bengali and English.
     *
     * @return the title
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Reads a kind by its name, ignoring case and treating "-" as "_" ("citizen-charter").
     *
     * @param text the name
     * @return the kind
     * @throws InvalidInputException if no kind has that name
     */
    public static PlanKind parse(String text) {
        String key = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (PlanKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw InvalidInputException.of("The plan kind is not one of CITIZEN_CHARTER, GRS, NIS, RTI, EGOV, APA,"
                + " OTHER", text);
    }
}
