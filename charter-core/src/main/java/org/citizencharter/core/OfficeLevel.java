package org.citizencharter.core;

/**
 * Where an office stands in the administration, from ministry to upazila.
 */
public enum OfficeLevel {
    /** A ministry (মন্ত্রণালয়). */
    MINISTRY("মন্ত্রণালয়", "Ministry"),
    /** A division of a ministry (বিভাগ), such as the Financial Institutions Division. */
    DIVISION("বিভাগ", "Division"),
    /** A department or directorate (অধিদপ্তর, দপ্তর, সংস্থা). */
    DEPARTMENT("অধিদপ্তর/দপ্তর", "Department"),
    /** A divisional office, answering for one of the administrative divisions (বিভাগীয় কার্যালয়). */
    DIVISIONAL("বিভাগীয় কার্যালয়", "Divisional office"),
    /** A district office (জেলা কার্যালয়). */
    DISTRICT("জেলা কার্যালয়", "District office"),
    /** An upazila office (উপজেলা কার্যালয়). */
    UPAZILA("উপজেলা কার্যালয়", "Upazila office"),
    /** Any other office. */
    OTHER("অন্যান্য", "Other");

    private final BilingualText label;

    OfficeLevel(String bn, String en) {
        this.label = BilingualText.of(bn, en);
    }

    /**
     * The level's name in Bengali and English.
     *
     * @return the label
     */
    public BilingualText label() {
        return label;
    }
}
