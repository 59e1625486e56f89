package lt.pagalba.tax;

import java.util.Map;
import lt.pagalba.billing.Party;
import lt.pagalba.shared.VatCode;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;

/**
 * A seller or buyer as a Peppol party: its electronic address (the Lithuanian company code under
 * scheme 0200; a party known by another state's VAT number, under that state's VAT scheme of the
 * Peppol EAS list), name, postal address, VAT number and legal registration.
 */
final class PeppolParties {

    /** Lithuanian legal entity code (Juridinių asmenų registras), ICD and EAS 0200. */
    static final String LITHUANIAN_COMPANY_CODE = "0200";

    /** The Peppol EAS schemes of the member states' VAT numbers, by the VAT number's prefix. */
    private static final Map<String, String> VAT_SCHEMES = Map.ofEntries(
            Map.entry("AT", "9914"), Map.entry("BE", "9925"), Map.entry("BG", "9926"), Map.entry("CY", "9928"),
            Map.entry("CZ", "9929"), Map.entry("DE", "9930"), Map.entry("EE", "9931"), Map.entry("EL", "9933"),
            Map.entry("ES", "9920"), Map.entry("HR", "9934"), Map.entry("HU", "9910"), Map.entry("IE", "9935"),
            Map.entry("IT", "0211"), Map.entry("LT", "9937"), Map.entry("LU", "9938"), Map.entry("LV", "9939"),
            Map.entry("MT", "9943"), Map.entry("NL", "9944"), Map.entry("PL", "9945"), Map.entry("PT", "9946"),
            Map.entry("RO", "9947"), Map.entry("SI", "9949"), Map.entry("SK", "9950"), Map.entry("FR", "9957"),
            Map.entry("DK", "0198"), Map.entry("FI", "0213"), Map.entry("SE", "9955"));

    private PeppolParties() {
    }

    static PartyType of(Party party) {
        PartyType p = new PartyType();
        if (party.companyCode() != null) {
            p.setEndpointID(party.companyCode()).setSchemeID(LITHUANIAN_COMPANY_CODE);
        } else {
            VatCode vat = new VatCode(party.vatCode());
            p.setEndpointID(vat.value()).setSchemeID(VAT_SCHEMES.get(vat.prefix()));
        }
        PartyNameType name = new PartyNameType();
        name.setName(party.name());
        p.addPartyName(name);
        p.setPostalAddress(address(party));
        if (party.vatCode() != null) {
            PartyTaxSchemeType tax = new PartyTaxSchemeType();
            tax.setCompanyID(party.vatCode());
            tax.setTaxScheme(vat());
            p.addPartyTaxScheme(tax);
        }
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(party.name());
        if (party.companyCode() != null) {
            legal.setCompanyID(party.companyCode()).setSchemeID(LITHUANIAN_COMPANY_CODE);
        }
        p.addPartyLegalEntity(legal);
        return p;
    }

    static TaxSchemeType vat() {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID("VAT");
        return scheme;
    }

    /** The country of a party: its address's, else its VAT number's, else Lithuania. */
    static String country(Party party) {
        if (party.country() != null) {
            return party.country();
        }
        return party.vatCode() != null ? new VatCode(party.vatCode()).country() : "LT";
    }

    private static AddressType address(Party party) {
        AddressType address = new AddressType();
        if (party.street() != null) {
            address.setStreetName(party.street());
        } else if (party.address() != null) {
            address.setStreetName(party.address());
        }
        if (party.city() != null) {
            address.setCityName(party.city());
        }
        if (party.postcode() != null) {
            address.setPostalZone(party.postcode());
        }
        CountryType country = new CountryType();
        country.setIdentificationCode(country(party));
        address.setCountry(country);
        return address;
    }
}
