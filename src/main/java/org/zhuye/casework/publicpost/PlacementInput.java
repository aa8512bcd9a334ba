package org.zhuye.casework.publicpost;

/** A placement as typed: employer either a registered unit's id or a name. */
public record PlacementInput(String post, String employerId, String employerName, String startOn, String endOn,
                             String exceptionReason) {

    static PlacementInput blank() {
        return new PlacementInput("", "", "", "", "", "");
    }
}
