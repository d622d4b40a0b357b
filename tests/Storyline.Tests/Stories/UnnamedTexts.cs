namespace Storyline.Tests.Stories;

/// <summary>
/// Reports written for these tests in Arabic, where no name is recognised: two of one flood, told in other words, and a
/// football match the same weekend. Only their words can bring the two flood reports together.
/// </summary>
public static class UnnamedTexts
{
    public const string Flood = """
        أغلقت السلطات المحلية جميع المدارس في المحافظة بعد أمطار غزيرة أغرقت الشوارع والأحياء السكنية.
        وقالت فرق الدفاع المدني إنها أنقذت عشرات العائلات المحاصرة في منازلها، وإن منسوب المياه ما زال مرتفعا في الأحياء المنخفضة.
        """;

    public const string FloodRetold = """
        غمرت مياه الأمطار الغزيرة الشوارع والأحياء السكنية في المحافظة، وأعلنت السلطات إغلاق المدارس حتى إشعار آخر.
        وأكدت فرق الدفاع المدني أنها أجلت العائلات المحاصرة من المنازل في الأحياء المنخفضة، وحذرت من ارتفاع منسوب المياه ليلا.
        """;

    public const string Match = """
        فاز الفريق المحلي على ضيفه بثلاثة أهداف مقابل هدف واحد في مباراة الدوري مساء السبت، وتصدر جدول الترتيب بفارق نقطتين عن أقرب منافسيه.
        وقال مدرب الفريق إن اللاعبين قدموا أداء قويا رغم غياب عدد من الأساسيين بسبب الإصابات.
        """;
}
