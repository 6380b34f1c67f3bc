namespace Portal.Web.Api.Vicidial;

/// <summary>
/// The contract's per-parameter filtering (§2.2, latin mode): what characters each parameter keeps. Disallowed
/// characters are removed silently; nothing is rejected here.
/// </summary>
internal static class VicidialParameterRules
{
    private static readonly Func<string?, string> Word = VicidialSanitizer.Word;
    private static readonly Func<string?, string> Alnum = VicidialSanitizer.Alphanumeric;
    private static readonly Func<string?, string> Upper = raw => Keep(raw, char.IsAsciiLetterUpper);
    private static readonly Func<string?, string> Digits = VicidialSanitizer.Digits;
    private static readonly Func<string?, string> FreeText = raw => Keep(raw, c => c is not (';' or '#')).Replace('+', ' ');
    private static readonly Func<string?, string> Name = raw => Keep(raw, c => IsWord(c) || c is '\'' or '+' or '.' or ' ').Replace('+', ' ');
    private static readonly Func<string?, string> Address = raw => Keep(raw, c => IsWord(c) || c is '\'' or '+' or '.' or ':' or '/' or '@' or ' ').Replace('+', ' ');

    private static readonly Dictionary<string, Func<string?, string>> Rules = new(StringComparer.Ordinal)
    {
        ["user"] = VicidialSanitizer.User,
        ["pass"] = VicidialSanitizer.Pass,
        ["value"] = VicidialSanitizer.Value,
        ["agent_user"] = Word, ["function"] = Word, ["focus"] = Word, ["preview"] = Word, ["search"] = Word, ["status"] = Word,
        ["dial_ingroup"] = Word, ["cid_choice"] = Word, ["outbound_cid"] = Word, ["recipient"] = Word,
        ["close_window_link"] = Word, ["dnc_check"] = Word, ["campaign_dnc_check"] = Word,
        ["source"] = Alnum, ["format"] = Alnum, ["group_alias"] = Alnum, ["dial_prefix"] = Alnum, ["middle_initial"] = Alnum,
        ["text_color"] = Alnum, ["md_check"] = Alnum, ["tw_check"] = Alnum, ["DB"] = Alnum, ["alt_user"] = Alnum, ["language"] = Alnum,
        ["vtiger_callback"] = Upper, ["blended"] = Upper, ["set_as_default"] = Upper, ["dial_override"] = Upper,
        ["consultative"] = raw => Upper(raw) == "YES" ? "YES" : "NO",
        ["callback_type"] = Upper, ["country_code"] = Upper, ["gender"] = Upper,
        ["alt_dial"] = raw => Keep(raw, c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)),
        ["phone_code"] = raw => Keep(raw, c => char.IsAsciiDigit(c) || c == 'X'),
        ["phone_number"] = raw => Keep(raw, c => char.IsAsciiLetterOrDigit(c) || c is '*' or '#'),
        ["lead_id"] = Digits, ["rank"] = Digits, ["text_size"] = Digits, ["duration"] = Digits,
        ["maxParticleCount"] = Digits, ["particleSpeed"] = Digits,
        ["stage"] = raw => Keep(raw, c => c is not ('\'' or '"' or '\\' or ';')),
        ["ingroup_choices"] = raw => Keep((raw ?? "").Replace('+', ' '), c => IsWord(c) || c == ' '),
        ["notes"] = raw => Keep((raw ?? "").Replace('+', ' '), c => IsWord(c) || c is '.' or ' '),
        ["vendor_id"] = FreeText, ["vendor_lead_code"] = FreeText, ["source_id"] = FreeText, ["comments"] = FreeText,
        ["notification_text"] = FreeText,
        ["gmt_offset_now"] = raw => Keep(raw, c => char.IsAsciiDigit(c) || c is '-' or '_' or '.'),
        ["title"] = raw => Keep(raw, c => IsWord(c) || c is '\'' or '.' or ' '),
        ["first_name"] = Name, ["last_name"] = Name, ["alt_phone"] = Name,
        ["address1"] = Address, ["address2"] = Address, ["address3"] = Address, ["city"] = Address,
        ["security_phrase"] = Address, ["owner"] = Address,
        ["email"] = raw => Keep(raw, c => IsWord(c) || c is '\'' or '+' or '.' or ':' or '/' or '@' or '%' or ' ').Replace('+', ' '),
        ["state"] = raw => Keep(raw, c => char.IsAsciiLetterOrDigit(c) || c is '-' or ' '),
        ["province"] = raw => Keep(raw, c => IsWord(c) || c is '\'' or '+' or '.' or ' ').Replace('+', ' '),
        ["postal_code"] = raw => Keep(raw, c => char.IsAsciiLetterOrDigit(c) || c is '-' or ' '),
        ["date_of_birth"] = raw => Keep(raw, c => char.IsAsciiDigit(c) || c == '-'),
        ["callback_datetime"] = raw => Keep((raw ?? "").Replace('+', ' '), c => IsWord(c) || c is ':' or '.' or ' '),
        ["callback_comments"] = raw => Keep((raw ?? "").Replace('+', ' '), c => IsWord(c) || c is '.' or ' '),
        ["qm_dispo_code"] = raw => Keep(raw, c => IsWord(c) || c == '.'),
        ["agent_debug"] = raw => Keep(raw, c => IsWord(c) || c is '.' or ':' or '|' or ' '),
        ["recipient_type"] = raw => Keep(raw, c => char.IsAsciiLetter(c) || c is '_' or ' '),
        ["notification_date"] = raw => Keep(raw, c => char.IsAsciiDigit(c) || c is '-' or ':' or ' '),
        ["notification_retry"] = raw => Keep(raw, c => c is 'Y' or 'N' or 'y' or 'n'),
        ["show_confetti"] = raw => Keep(raw, c => c is 'Y' or 'N' or 'y' or 'n'),
        ["text_font"] = raw => Keep(raw, c => char.IsAsciiLetter(c) || c is ',' or '-' or ' '),
        ["text_weight"] = raw => Keep(raw, c => char.IsAsciiLetter(c) || c == ','),
        ["multi_dial_phones"] = raw => Keep(raw, c => char.IsAsciiDigit(c) || c == ','),
    };

    /// <summary>The parameter after its filter; parameters the contract does not list keep only A-Za-z0-9 - _.</summary>
    public static string Sanitize(string name, string? raw) => (Rules.TryGetValue(name, out var rule) ? rule : Word)(raw);

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static string Keep(string? raw, Func<char, bool> allowed) =>
        string.IsNullOrEmpty(raw) ? "" : string.Concat(raw.Where(allowed));
}
